package org.puzzlelens.puzzles.pattern.triangle;

import static org.puzzlelens.puzzles.pattern.triangle.TriangleState.BOTTOM;
import static org.puzzlelens.puzzles.pattern.triangle.TriangleState.RIGHT;
import static org.puzzlelens.puzzles.pattern.triangle.TriangleState.TOP;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.Gaps;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Confirms on the complete groups that the right number is the product of the other two, then
 * multiplies (or divides) to fill the unknown number.
 */
final class TriangleSolver {
    static final String RULE = "the rightmost number in each group is the product of the other two numbers";

    private TriangleSolver() {}

    static Solution solve(TriangleState s) {
        List<List<Integer>> complete = new ArrayList<>();
        Trace trace = new Trace();
        for (List<Integer> g : s.groups()) {
            if (Gaps.hasGap(g)) {
                continue;
            }
            complete.add(g);
            boolean holds = g.get(TOP) * g.get(BOTTOM) == g.get(RIGHT);
            trace.add(
                    "Group %s: %d x %d = %d, %s the right number %d.",
                    PyList.ofNumbers(g),
                    g.get(TOP),
                    g.get(BOTTOM),
                    g.get(TOP) * g.get(BOTTOM),
                    holds ? "equal to" : "NOT equal to",
                    g.get(RIGHT));
            if (!holds) {
                throw new IllegalArgumentException("group " + g + " does not follow the product pattern");
            }
        }
        trace.add("So in every group the right number is the product of the top and bottom numbers.");
        List<Integer> gap = s.groups().get(s.gapGroup());
        int answer = switch (s.gapSlot()) {
            case RIGHT -> {
                int v = gap.get(TOP) * gap.get(BOTTOM);
                trace.add(
                        "In %s the right number is missing: %d x %d = %d.",
                        PyList.ofNumbers(gap), gap.get(TOP), gap.get(BOTTOM), v);
                yield v;
            }
            default -> {
                int known = gap.get(s.gapSlot() == TOP ? BOTTOM : TOP);
                int product = gap.get(RIGHT);
                if (product % known != 0) {
                    throw new IllegalArgumentException(product + " is not a multiple of " + known);
                }
                int v = product / known;
                trace.add(
                        "In %s a left number is missing: it times %d must give %d, so it is %d / %d = %d.",
                        PyList.ofNumbers(gap), known, product, product, known, v);
                yield v;
            }
        };
        trace.add("Answer: %d", answer);
        return PatternAnswers.solution(
                Integer.toString(answer),
                trace.lines(),
                caption(s),
                explanation(complete),
                "Based on the pattern that " + RULE + ", the missing number of the group " + PyList.ofNumbers(gap)
                        + " should be " + answer + ".");
    }

    static String caption(TriangleState s) {
        List<List<Integer>> g = s.groups();
        return "There are three groups of numbers with a triangle arrangement in the image. The first group is "
                + PyList.ofNumbers(g.get(0)) + ", the second group is " + PyList.ofNumbers(g.get(1))
                + ", and the third group is " + PyList.ofNumbers(g.get(2)) + ".";
    }

    private static String explanation(List<List<Integer>> complete) {
        List<String> products = complete.stream()
                .map(g -> "the number " + g.get(RIGHT) + " is the product of " + g.get(BOTTOM) + " and " + g.get(TOP))
                .toList();
        return "We observe that " + products.get(0) + ". Similarly, " + products.get(1)
                + ". Hence, the pattern is that " + RULE + ".";
    }
}
