package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Collects the colour of each number over the known cells, checks every number has one colour, and
 * reads off the colour of the asked number.
 */
final class GridNumberColorSolver {
    static final String RULE = "the grid cell with the same number will have the same color";

    private GridNumberColorSolver() {}

    static Solution solve(GridNumberColorState s) {
        Map<Integer, PatternColour> colourOf = new LinkedHashMap<>();
        Trace trace = new Trace();
        for (int i = 0; i < Grid3.CELLS; i++) {
            PatternColour c = s.colours().get(i);
            if (c == null) {
                continue;
            }
            PatternColour before = colourOf.putIfAbsent(s.numbers().get(i), c);
            if (before != null && before != c) {
                throw new IllegalArgumentException(
                        "number " + s.numbers().get(i) + " is both " + before.word() + " and " + c.word());
            }
        }
        List<String> pairs = new ArrayList<>();
        colourOf.forEach((n, c) -> pairs.add("the grid cells with number " + n + " is " + c.word() + " in color"));
        colourOf.forEach((n, c) -> trace.add("Every known cell with number %d is %s.", n, c.word()));
        trace.add("So cells with the same number have the same colour.");
        int asked = s.askedNumber();
        PatternColour answer = colourOf.get(asked);
        if (answer == null) {
            throw new IllegalArgumentException("no other cell has the number " + asked);
        }
        trace.add("The cell with the question mark has the number %d, so it is %s.", asked, answer.word());
        trace.add("Answer: %s", answer.word());
        String explanation = "We observe that " + joined(pairs) + ". Thus, the pattern is that " + RULE + ".";
        return PatternAnswers.solution(
                answer.word(),
                trace.lines(),
                caption(s),
                explanation,
                "Based on the pattern that " + RULE + ", the missing color of the part with " + asked + " should be "
                        + answer.word() + ".");
    }

    /** "a, b, and c" as the released explanations list them. */
    private static String joined(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
    }

    static String caption(GridNumberColorState s) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < Grid3.SIDE; r++) {
            List<String> pairs = new ArrayList<>();
            for (int i = r * Grid3.SIDE; i < (r + 1) * Grid3.SIDE; i++) {
                PatternColour c = s.colours().get(i);
                pairs.add("(" + s.numbers().get(i) + ", " + PyList.quoted(c == null ? "?" : c.word()) + ")");
            }
            rows.add("[" + String.join(", ", pairs) + "]");
        }
        return "There is a 3x3 colored grid of numbers. The first row has number-color pair " + rows.get(0)
                + ", the second row is " + rows.get(1) + ", and the third and final row is " + rows.get(2) + ".";
    }
}
