package org.puzzlelens.puzzles.algo.calendar;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code calendar}: the weekday of a date, from a calendar month of a hidden year. */
public final class CalendarPuzzle extends PuzzleParts<CalendarState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "calendar",
            Suite.ALGOPUZZLEVQA,
            "find the weekday of a date from a calendar month of an unnamed year",
            CalendarGenerator.PARAMS,
            Tag.Pos,
            Tag.Tx,
            Tag.Ar);

    public CalendarPuzzle() {
        super(
                INFO,
                CalendarGenerator::generate,
                CalendarSolver::solve,
                state -> CalendarRenderer.CANVAS,
                CalendarRenderer::draw,
                CalendarDescriber.INSTANCE);
    }

    @Override
    public String question(CalendarState s) {
        StringBuilder q = new StringBuilder("The image shows the calendar of a month of a particular ")
                .append(leapWord(s.imageYear()))
                .append(" year. ");
        int step = Integer.signum(s.yearOffset());
        for (int k = step; k != s.yearOffset() + step; k += step) {
            q.append(CalendarSolver.capitalised(CalendarSolver.yearLabel(k)))
                    .append(" was a ")
                    .append(leapWord(s.imageYear() + k))
                    .append(" year. ");
        }
        return q.append("Which day of the week was on ")
                .append(CalendarDates.monthName(s.queryMonth()))
                .append(' ')
                .append(s.queryDay())
                .append(" of ")
                .append(s.yearOffset() == 0 ? "that year" : CalendarSolver.yearLabel(s.yearOffset()))
                .append('?')
                .toString();
    }

    private static String leapWord(int year) {
        return CalendarDates.isLeap(year) ? "leap" : "non-leap";
    }

    /** Distractors are other weekday names, as released. */
    @Override
    public List<String> options(CalendarState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), CalendarDates.WEEKDAYS, rng);
    }

    @Override
    public CalendarState fromReleased(JsonNode record) {
        JsonNode solution = Released.solution(record);
        return new CalendarState(
                Released.integer(solution, "image_year"),
                monthNumber(solution, "image_month"),
                Released.integer(solution, "query_year"),
                monthNumber(solution, "query_month"),
                Released.integer(solution, "query_day"));
    }

    /** Months are released as {@code [number, name]}. */
    private static int monthNumber(JsonNode solution, String field) {
        JsonNode month = Released.node(solution, field);
        if (!month.isArray() || month.isEmpty() || !month.get(0).isIntegralNumber()) {
            throw new MalformedRecordException("field '" + field + "' must be [number, name], found " + month);
        }
        return month.get(0).asInt();
    }
}
