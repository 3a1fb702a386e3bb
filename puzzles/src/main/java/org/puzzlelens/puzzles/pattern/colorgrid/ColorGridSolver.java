package org.puzzlelens.puzzles.pattern.colorgrid;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** Finds the one colour of the known corners and of the known edge circles, and gives the missing circle its group's colour. */
final class ColorGridSolver {
    static final String RULE =
            "the circles alternate in color depending on if they are at the corner or adjacent " + "to the center";

    private ColorGridSolver() {}

    static Solution solve(ColorGridState s) {
        Map<Position, PatternColour> colourOf = new EnumMap<>(Position.class);
        Trace trace = new Trace();
        for (Position p : Position.values()) {
            List<PatternColour> known = p.cells().stream()
                    .map(s.colours()::get)
                    .filter(Objects::nonNull)
                    .distinct()
                    .toList();
            if (known.size() > 1) {
                throw new IllegalArgumentException("the circles " + p.phrase() + " have several colours " + known);
            }
            if (!known.isEmpty()) {
                colourOf.put(p, known.get(0));
                trace.add(
                        "Every known circle %s is %s.", p.phrase(), known.get(0).word());
            }
        }
        Position missing = Position.of(s.gap());
        if (missing == Position.CENTRE) {
            throw new IllegalArgumentException("the centre colour is unique, so a missing centre cannot be inferred");
        }
        PatternColour answer = colourOf.get(missing);
        trace.add(
                "The question mark is %s (row %d, column %d), so it takes that group's colour: %s.",
                missing.phrase(), s.gap() / Grid3.SIDE + 1, s.gap() % Grid3.SIDE + 1, answer.word());
        trace.add("Answer: %s", answer.word());
        String explanation = "We observe that the circles at the corners are "
                + colourOf.get(Position.CORNER).word()
                + ", while the circles directly adjacent to the center are "
                + colourOf.get(Position.EDGE).word()
                + ". Only the center circle is " + colourOf.get(Position.CENTRE).word()
                + ". Hence, the pattern is that " + RULE + ".";
        return PatternAnswers.solution(
                answer.word(),
                trace.lines(),
                caption(s),
                explanation,
                "Based on the pattern that " + RULE + ", the missing color of the part that is " + missing.phrase()
                        + " should be " + answer.word() + ".");
    }

    static String caption(ColorGridState s) {
        List<List<PatternColour>> rows = Grid3.rows(s.colours());
        return "There are circles with different colors arranged with a grid formation in the image. The colors in "
                + "the first row are " + PyList.ofColours(rows.get(0)) + ", the colors in the second row are "
                + PyList.ofColours(rows.get(1)) + ", and the colors in the third row are "
                + PyList.ofColours(rows.get(2)) + ".";
    }
}
