package org.puzzlelens.puzzles.pattern.circlesizenumber;

import java.util.Map;
import java.util.TreeMap;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The larger the number, the larger the circle: the hidden circle's size names its number. */
final class CircleSizeNumberSolver {
    static final String PATTERN = "the larger the number the larger the circle";

    private CircleSizeNumberSolver() {}

    static Solution solve(CircleSizeNumberState s) {
        Map<Integer, Integer> numberOfSize = new TreeMap<>();
        Trace trace = new Trace();
        for (int i = 0; i < s.numbers().size(); i++) {
            String n = s.numbers().get(i);
            int size = s.sizes().get(i);
            trace.add("Circle %d shows %s and has size %d.", i + 1, n, size);
            if (n.equals(PyList.MISSING)) {
                continue;
            }
            Integer before = numberOfSize.putIfAbsent(size, Integer.parseInt(n));
            if (before != null && before != Integer.parseInt(n)) {
                throw new IllegalArgumentException("circles of size " + size + " show both " + before + " and " + n);
            }
        }
        int previous = 0;
        for (int number : numberOfSize.values()) {
            if (number <= previous) {
                throw new IllegalArgumentException("numbers do not grow with size: " + numberOfSize);
            }
            previous = number;
        }
        StringBuilder bySize = new StringBuilder();
        numberOfSize.forEach((size, n) -> bySize.append(bySize.isEmpty() ? "" : ", ")
                .append("size ")
                .append(size)
                .append(" shows ")
                .append(n));
        trace.add("Sorted by size, the visible numbers grow (%s), so each size stands for one number.", bySize);
        int hidden = s.hidden();
        int hiddenSize = s.sizes().get(hidden);
        Integer number = numberOfSize.get(hiddenSize);
        if (number == null) {
            throw new IllegalArgumentException("no visible circle has the hidden circle's size " + hiddenSize);
        }
        String answer = number.toString();
        trace.add(
                        "The question mark is on circle %d, of size %d, the size of the circles showing %s.",
                        hidden + 1, hiddenSize, answer)
                .add("Answer: %s", answer);
        int smallest = numberOfSize.values().stream().min(Integer::compare).orElseThrow();
        int largest = numberOfSize.values().stream().max(Integer::compare).orElseThrow();
        String explanation =
                "We observe that the size of the circle is related to the number in the circle. The circle "
                        + "with the largest value " + largest
                        + " seems to be the biggest and the circle with the smallest value "
                        + smallest + " seems to be the smallest. Thus, the pattern is that " + PATTERN + ".";
        String deduction = "Based on the pattern that " + PATTERN + ", the missing number of the circle denoted with a "
                + "question mark should be " + answer + ".";
        return PatternAnswers.solution(
                answer, trace.lines(), CircleSizeNumberDescriber.caption(s), explanation, deduction);
    }
}
