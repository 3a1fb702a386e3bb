package org.puzzlelens.puzzles.pattern.shapesizehexagon;

import java.util.LinkedHashMap;
import java.util.Map;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.Shape;

/** Each shape appears with one size of its own: the hidden centre shape takes its shape's size. */
final class ShapeSizeHexagonSolver {
    static final String PATTERN = "each shape appears with a distinct size";

    private ShapeSizeHexagonSolver() {}

    static Solution solve(ShapeSizeHexagonState s) {
        Map<String, String> sizeOf = new LinkedHashMap<>();
        Trace trace = new Trace();
        for (int i = 0; i < ShapeSizeHexagonState.RING; i++) {
            String shape = s.ring().get(i);
            String size = s.sizes().get(i);
            trace.add("Ring shape %d is a %s %s.", i + 1, size, shape);
            String before = sizeOf.putIfAbsent(shape, size);
            if (before != null && !before.equals(size)) {
                throw new IllegalArgumentException(
                        "the " + Shape.parse(shape).plural() + " are both " + before + " and " + size);
            }
        }
        StringBuilder observed = new StringBuilder();
        sizeOf.forEach((shape, size) -> observed.append(observed.isEmpty() ? "" : ", ")
                .append(Shape.parse(shape).plural())
                .append(" are ")
                .append(size));
        trace.add("Every shape keeps one size: %s.", observed);
        String answer = sizeOf.get(s.centre());
        trace.add("The hidden centre shape is a %s, so it is %s.", s.centre(), answer)
                .add("Answer: %s", answer);
        StringBuilder explanation = new StringBuilder("We observe that ");
        int k = 0;
        for (Map.Entry<String, String> e : sizeOf.entrySet()) {
            explanation
                    .append(k == 0 ? "" : k == sizeOf.size() - 1 ? ", and " : ", ")
                    .append("the ")
                    .append(Shape.parse(e.getKey()).plural())
                    .append(" are ")
                    .append(e.getValue())
                    .append(" size");
            k++;
        }
        explanation.append(". Hence, the pattern is that ").append(PATTERN).append('.');
        String deduction = "Based on the pattern that " + PATTERN + ", the size of the missing " + s.centre()
                + " should be " + answer + ".";
        return PatternAnswers.solution(
                answer, trace.lines(), ShapeSizeHexagonDescriber.caption(s), explanation.toString(), deduction);
    }
}
