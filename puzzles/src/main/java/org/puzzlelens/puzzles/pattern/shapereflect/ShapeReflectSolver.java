package org.puzzlelens.puzzles.pattern.shapereflect;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** Each shape above the line is mirrored below it: the hidden shape is its counterpart across the line. */
final class ShapeReflectSolver {
    static final String PATTERN = "each shape in the top part is reflected in the bottom part";

    private ShapeReflectSolver() {}

    static Solution solve(ShapeReflectState s) {
        Trace trace = new Trace()
                .add("Above the line, from left to right: %s.", String.join(", ", s.top()))
                .add("Below the line, from left to right: %s.", String.join(", ", s.bottom()));
        List<String> mirrored = new ArrayList<>();
        for (int i = 0; i < s.top().size(); i++) {
            String up = s.top().get(i);
            String down = s.bottom().get(i);
            if (up.equals(PyList.MISSING) || down.equals(PyList.MISSING)) {
                continue;
            }
            if (!up.equals(down)) {
                throw new IllegalArgumentException(
                        "place " + (i + 1) + " is not mirrored: " + up + " above, " + down + " below");
            }
            mirrored.add(up);
        }
        trace.add(
                "Every complete pair matches across the line (%s), so the bottom part mirrors the top part.",
                String.join(", ", mirrored));
        int i = s.hiddenIndex();
        String answer = s.hiddenOnTop() ? s.bottom().get(i) : s.top().get(i);
        trace.add(
                        "The question mark is shape %d %s the line; shape %d on the other side is a %s.",
                        i + 1, s.hiddenOnTop() ? "above" : "below", i + 1, answer)
                .add("Answer: %s", answer);
        StringBuilder explanation = new StringBuilder("We observe that the " + mirrored.get(0)
                + " is reflected across the line as a " + mirrored.get(0) + ".");
        if (mirrored.size() > 1) {
            explanation
                    .append(" Similarly, the ")
                    .append(mirrored.get(1))
                    .append(" is reflected as a ")
                    .append(mirrored.get(1))
                    .append('.');
        }
        explanation.append(" Hence, the pattern is that ").append(PATTERN).append('.');
        String deduction = "Based on the pattern that " + PATTERN + ", the missing shape which is reflected from a "
                + answer + " part should be a " + answer + ".";
        return PatternAnswers.solution(
                answer, trace.lines(), ShapeReflectDescriber.caption(s), explanation.toString(), deduction);
    }
}
