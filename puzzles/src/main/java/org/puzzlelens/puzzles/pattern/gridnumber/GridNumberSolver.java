package org.puzzlelens.puzzles.pattern.gridnumber;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.Gaps;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** Takes the common sum from the two complete rows and subtracts the known numbers of the third. */
final class GridNumberSolver {
    static final String RULE = "the numbers in each row add up to the same value";

    private GridNumberSolver() {}

    static Solution solve(GridNumberState s) {
        List<List<Integer>> rows = Grid3.rows(s.cells());
        List<List<Integer>> complete = new ArrayList<>();
        Trace trace = new Trace();
        for (List<Integer> row : rows) {
            if (!Gaps.hasGap(row)) {
                complete.add(row);
                trace.add("Row %s sums to %d.", PyList.ofNumbers(row), sum(row));
            }
        }
        int target = sum(complete.get(0));
        if (sum(complete.get(1)) != target) {
            throw new IllegalArgumentException("the complete rows sum to " + target + " and " + sum(complete.get(1)));
        }
        trace.add("Both complete rows sum to %d, so every row adds up to %d.", target, target);
        List<Integer> gapRow = Grid3.row(s.cells(), s.gap() / Grid3.SIDE);
        int known = sum(gapRow);
        int answer = target - known;
        if (answer < 1) {
            throw new IllegalArgumentException("row " + gapRow + " already exceeds the sum " + target);
        }
        trace.add(
                "Row %s has known numbers summing to %d, so the missing number is %d - %d = %d.",
                PyList.ofNumbers(gapRow), known, target, known, answer);
        trace.add("Answer: %d", answer);
        String explanation = "We observe that " + PyList.ofNumbers(complete.get(0)) + " sums to " + target + ", and "
                + PyList.ofNumbers(complete.get(1)) + " also sums to " + target + ". Thus, the pattern is that " + RULE
                + ".";
        return PatternAnswers.solution(
                Integer.toString(answer),
                trace.lines(),
                caption(rows),
                explanation,
                "Based on the pattern that " + RULE + ", the missing number of the row " + PyList.ofNumbers(gapRow)
                        + " should be " + answer + ".");
    }

    private static int sum(List<Integer> row) {
        return row.stream().filter(v -> v != null).mapToInt(Integer::intValue).sum();
    }

    static String caption(List<List<Integer>> rows) {
        return "There is a 3x3 grid of numbers. The first row is " + PyList.ofNumbers(rows.get(0))
                + ". The second row is " + PyList.ofNumbers(rows.get(1)) + ". The third and last row is "
                + PyList.ofNumbers(rows.get(2)) + ".";
    }
}
