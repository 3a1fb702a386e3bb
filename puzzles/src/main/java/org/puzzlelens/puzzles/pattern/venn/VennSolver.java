package org.puzzlelens.puzzles.pattern.venn;

import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Confirms on the complete overlap that it is the sum of its two circles, then subtracts the middle
 * circle from the other overlap.
 */
final class VennSolver {
    static final String RULE =
            "the numbers in the overlapping parts are the sum of the numbers in the corresponding " + "circles";

    private VennSolver() {}

    static Solution solve(VennState s) {
        List<Integer> c = s.circles();
        int gap = s.gap();
        if (gap == 1) {
            throw new IllegalArgumentException("with the middle circle unknown no overlap shows the rule in full");
        }
        int full = gap == 0 ? 1 : 0;
        int open = 1 - full;
        int a = c.get(full);
        int b = c.get(full + 1);
        int shown = s.overlaps().get(full);
        Trace trace = new Trace();
        trace.add(
                "The circles with %d and %d overlap in the part with %d, and %d + %d = %d.", a, b, shown, a, b, a + b);
        if (a + b != shown) {
            throw new IllegalArgumentException(a + " + " + b + " is not the overlap " + shown);
        }
        trace.add("So an overlap holds the sum of its two circles.");
        int middle = c.get(1);
        int overlap = s.overlaps().get(open);
        int answer = overlap - middle;
        if (answer < 1) {
            throw new IllegalArgumentException("overlap " + overlap + " is not more than the middle circle " + middle);
        }
        trace.add(
                "The unknown circle overlaps the middle circle (%d) in the part with %d, so it is %d - %d = %d.",
                middle, overlap, overlap, middle, answer);
        trace.add("Answer: %d", answer);
        String explanation = "We observe that the circles with " + a + " and " + b + " overlap to form the part "
                + shown + ", where " + a + " + " + b + " = " + shown + ". Hence, the pattern is most likely that "
                + RULE + ".";
        return PatternAnswers.solution(
                Integer.toString(answer),
                trace.lines(),
                caption(s),
                explanation,
                "Based on the pattern that " + RULE + ", the missing number of the circle where the overlapping part "
                        + "is " + overlap + " should be " + answer + ".");
    }

    static String caption(VennState s) {
        return "There are 3 overlapping circles containing the numbers " + PyList.ofNumbers(s.circles())
                + ". The overlapping part between the first and second circle contains the number "
                + s.overlaps().get(0) + ". The overlapping part between the second and third circle contains the "
                + "number " + s.overlaps().get(1) + ".";
    }
}
