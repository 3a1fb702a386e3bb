package org.puzzlelens.puzzles.algo.clock;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** AlgoPuzzleVQA {@code clock}: what time will it be (or was it) after an offset from the time shown. */
public final class ClockPuzzle extends PuzzleParts<ClockState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "clock",
            Suite.ALGOPUZZLEVQA,
            "read an analog clock and add or subtract a duration",
            ClockGenerator.PARAMS,
            Tag.Pos,
            Tag.Sh,
            Tag.Tx,
            Tag.Ar);

    public ClockPuzzle() {
        super(
                INFO,
                ClockGenerator::generate,
                ClockSolver::solve,
                state -> ClockRenderer.CANVAS,
                ClockRenderer::draw,
                ClockDescriber.INSTANCE);
    }

    @Override
    public String question(ClockState s) {
        String tail = " The current time is shown on the clock. The clock is a standard analog clock without the "
                + "seconds hand. ";
        return s.later()
                ? s.person() + "'s event is going to start in " + duration(s) + "." + tail
                        + "What will be the time when the event starts?"
                : s.person() + " came to an event " + duration(s) + " ago." + tail + "What was the time when "
                        + s.person() + " came to the event?";
    }

    private static String duration(ClockState s) {
        String minutes = s.offsetMinutes() + " minutes";
        if (s.offsetHours() == 0) {
            return minutes;
        }
        return s.offsetHours() + (s.offsetHours() == 1 ? " hour " : " hours ") + minutes;
    }

    /** Distractors are random clock times, as released; 12 o'clock is written 12:mm in every option. */
    @Override
    public List<String> options(ClockState state, Solution solution, RandomGenerator rng) {
        List<String> distractors = new ArrayList<>();
        while (distractors.size() < Options.COUNT - 1) {
            String t = ClockState.time(rng.nextInt(1, 13), rng.nextInt(60));
            if (!t.equals(solution.answer()) && !distractors.contains(t)) {
                distractors.add(t);
            }
        }
        return Options.place(solution.answer(), distractors, rng);
    }

    /** The released answers write 12 o'clock as {@code 0:mm}. */
    @Override
    public boolean sameAnswer(String a, String b) {
        return twelve(a).equals(twelve(b));
    }

    private static String twelve(String time) {
        String t = time.trim();
        return t.startsWith("0:") ? "12" + t.substring(1) : t;
    }

    private static final Pattern PERSON = Pattern.compile("^(\\w+)(?:'s event| came to an event)");

    @Override
    public ClockState fromReleased(JsonNode record) {
        String question = Released.question(record);
        JsonNode solution = Released.solution(record);
        boolean later = solution.has("add_hour");
        String verb = later ? "add" : "subtract";
        if (!later && !solution.has("subtract_hour")) {
            throw new MalformedRecordException(
                    "clock solution needs add_hour/add_minute or subtract_hour/subtract_minute");
        }
        Matcher m = PERSON.matcher(question);
        return new ClockState(
                Released.integer(solution, "current_hour"),
                Released.integer(solution, "current_minute"),
                later,
                Released.integer(solution, verb + "_hour"),
                Released.integer(solution, verb + "_minute"),
                m.find() ? m.group(1) : "Someone");
    }
}
