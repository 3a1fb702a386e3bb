package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Groups the visible polygons by side count, checks each group has one colour ("polygons with the same
 * number of sides have the same colour") and gives the hidden polygon its group's colour.
 */
final class PolygonSidesColorSolver {
    static final String RULE = "the polygons with the same number of sides have the same color";

    private PolygonSidesColorSolver() {}

    /** @throws IllegalArgumentException when a side count has two colours or the hidden polygon's has none */
    static Solution solve(PolygonSidesColorState s) {
        Map<Integer, String> colourOfSides = new TreeMap<>();
        Trace trace = new Trace();
        for (int i = 0; i < s.sides().size(); i++) {
            String colour = s.colors().get(i);
            if (colour.equals(PyList.MISSING)) {
                continue;
            }
            int sides = s.sides().get(i);
            trace.add(
                    "The polygon in the %s has %d sides and is %s.",
                    PolygonTriangle.where(i, s.sides().size()), sides, colour);
            String before = colourOfSides.putIfAbsent(sides, colour);
            if (before != null && !before.equals(colour)) {
                throw new IllegalArgumentException(
                        "polygons with " + sides + " sides are both " + before + " and " + colour + ": no pattern");
            }
        }
        int hiddenSides = s.sides().get(s.missing());
        String answer = colourOfSides.get(hiddenSides);
        if (answer == null) {
            throw new IllegalArgumentException("no visible polygon has " + hiddenSides + " sides like the hidden one");
        }
        List<String> groups = new ArrayList<>();
        colourOfSides.forEach((sides, colour) -> groups.add(sides + " sides: " + colour));
        List<String> others = new ArrayList<>();
        colourOfSides.forEach((sides, colour) -> {
            if (sides != hiddenSides) {
                others.add("the polygon with " + sides + " sides is " + colour + " in color");
            }
        });
        trace.add("Grouped by number of sides, each group has one colour (%s), so %s.", String.join(", ", groups), RULE)
                .add(
                        "The polygon with the question mark (%s) has %d sides.",
                        PolygonTriangle.where(s.missing(), s.sides().size()), hiddenSides)
                .add("The other polygon with %d sides is %s, so the missing colour is %s.", hiddenSides, answer, answer)
                .add("Answer: %s", answer);

        var top = Json.object();
        top.put("caption", PolygonSidesColorDescriber.caption(s));
        top.put("explanation", "We observe that " + joinAnd(others) + ". Thus, the pattern is that " + RULE + ".");
        top.put(
                "deduction",
                "Based on the pattern that " + RULE + ", the missing color of the part with " + hiddenSides
                        + " sides should be " + answer + ".");
        return new Solution(answer, trace.lines(), Json.object(), top);
    }

    private static String joinAnd(List<String> items) {
        if (items.isEmpty()) {
            return "every side count has its own color";
        }
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + (items.size() > 2 ? "," : "") + " and "
                + items.get(items.size() - 1);
    }
}
