package org.puzzlelens.puzzles.pattern.colornumberhexagon;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Groups the parts by colour, takes the common sum from the complete groups, and subtracts the known
 * number of the missing part's group.
 */
final class ColorNumberHexagonSolver {
    private ColorNumberHexagonSolver() {}

    static Solution solve(ColorNumberHexagonState s) {
        Map<PatternColour, List<Integer>> parts = new LinkedHashMap<>();
        for (int i = 0; i < Hexagon.PARTS; i++) {
            parts.computeIfAbsent(s.colours().get(i), c -> new ArrayList<>()).add(i);
        }
        PatternColour gapColour = s.colours().get(s.gap());
        Trace trace = new Trace();
        Integer common = null;
        List<PatternColour> complete = new ArrayList<>();
        for (Map.Entry<PatternColour, List<Integer>> e : parts.entrySet()) {
            if (e.getKey() == gapColour) {
                continue;
            }
            List<Integer> values = e.getValue().stream().map(s.numbers()::get).toList();
            int sum = values.stream().mapToInt(Integer::intValue).sum();
            trace.add(
                    "The %s parts hold %s, which add up to %d.",
                    e.getKey().word(),
                    String.join(" and ", values.stream().map(String::valueOf).toList()),
                    sum);
            if (common != null && common != sum) {
                throw new IllegalArgumentException("same-colour sums differ: " + common + " and " + sum);
            }
            common = sum;
            complete.add(e.getKey());
        }
        if (common == null || parts.get(gapColour).size() < 2) {
            throw new IllegalArgumentException(
                    "no complete colour group, or the missing part has no same-colour partner");
        }
        trace.add("So the numbers on parts of the same colour add up to %d.", common);
        int known = parts.get(gapColour).stream()
                .map(s.numbers()::get)
                .filter(v -> v != null)
                .mapToInt(Integer::intValue)
                .sum();
        int answer = common - known;
        if (answer < 0) {
            throw new IllegalArgumentException("the " + gapColour.word() + " parts already exceed " + common);
        }
        trace.add(
                "The question mark is on a %s part whose partner shows %d, so it is %d - %d = %d.",
                gapColour.word(), known, common, known, answer);
        trace.add("Answer: %d", answer);
        String rule = "the numbers in the parts of the same color add up to " + common;
        String explanation =
                "We observe that the numbers in the " + complete.get(0).word() + " parts add up to "
                        + common + ". Similarly, the numbers in the "
                        + complete.get(complete.size() - 1).word()
                        + " parts also add up to " + common + ". Thus, the pattern is that " + rule + ".";
        return PatternAnswers.solution(
                Integer.toString(answer),
                trace.lines(),
                caption(s),
                explanation,
                "Based on the pattern that " + rule + ", the missing number of the " + gapColour.word()
                        + " part should be " + answer + ".");
    }

    static String caption(ColorNumberHexagonState s) {
        return Hexagon.colourCaption(s.colours()) + " The parts are denoted with the numbers "
                + PyList.ofNumbers(s.numbers()) + " respectively.";
    }
}
