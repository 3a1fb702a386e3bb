package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;

/** Checks "the number is the polygon's number of sides" on every visible polygon, then applies it to the hidden one. */
final class PolygonSidesNumberSolver {
    static final String RULE = "the number inside the polygon represents the number of sides the polygon has";

    private PolygonSidesNumberSolver() {}

    /** @throws IllegalArgumentException when a visible number differs from its polygon's sides (no pattern) */
    static Solution solve(PolygonSidesNumberState s) {
        List<Integer> sides = s.sides();
        int n = sides.size();
        Trace trace = new Trace();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (i == s.missing()) {
                continue;
            }
            int shown = Integer.parseInt(s.labels().get(i));
            trace.add(
                    "The polygon in the %s has %d sides and shows the number %d.",
                    PolygonTriangle.where(i, n), sides.get(i), shown);
            if (shown != sides.get(i)) {
                throw new IllegalArgumentException("polygon " + (i + 1) + " has " + sides.get(i) + " sides but shows "
                        + shown + ": the polygons follow no pattern");
            }
            pairs.add("the polygon with " + sides.get(i) + " sides has the number " + shown);
        }
        int answer = sides.get(s.missing());
        trace.add("Every visible number equals its polygon's number of sides, so " + RULE + ".")
                .add(
                        "The polygon with the question mark (%s) has %d sides.",
                        PolygonTriangle.where(s.missing(), n), answer)
                .add("So its number is %d.", answer)
                .add("Answer: %d", answer);

        var top = Json.object();
        top.put("caption", PolygonSidesNumberDescriber.caption(s));
        top.put(
                "explanation",
                "We observe that " + String.join(", ", pairs.subList(0, pairs.size() - 1)) + ", and "
                        + pairs.get(pairs.size() - 1) + ". Thus, the pattern is that " + RULE + ".");
        top.put(
                "deduction",
                "Based on the pattern that the number inside the polygon represents the number of sides "
                        + "of the polygon, the missing number of the polygon with " + answer + " sides should be "
                        + answer + ".");
        return new Solution(Integer.toString(answer), trace.lines(), Json.object(), top);
    }
}
