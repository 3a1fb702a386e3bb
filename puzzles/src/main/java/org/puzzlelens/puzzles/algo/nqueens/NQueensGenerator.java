package org.puzzlelens.puzzles.algo.nqueens;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * A random full solution by backtracking with shuffled column orders, then two queens taken away.
 * The two missing rows and columns admit at most two placements with the same Manhattan distance,
 * so the answer is always unique.
 */
final class NQueensGenerator {
    static final Param.Int SIZE = new Param.Int(
            "size", "rows and columns of the board", IntRange.of(5, 7), IntRange.of(8, 10), IntRange.of(11, 14));
    static final List<Param> PARAMS = List.of(SIZE);

    private NQueensGenerator() {}

    static NQueensState generate(Parameters p, RandomGenerator rng) {
        int size = p.get(SIZE);
        int[] columnOf = new int[size];
        if (!place(0, columnOf, rng)) {
            throw new IllegalStateException("no " + size + "-queens solution found");
        }
        List<List<Integer>> queens = new ArrayList<>();
        for (int row = 0; row < size; row++) {
            queens.add(List.of(row, columnOf[row]));
        }
        queens.remove(rng.nextInt(queens.size()));
        queens.remove(rng.nextInt(queens.size()));
        return new NQueensState(size, queens);
    }

    private static boolean place(int row, int[] columnOf, RandomGenerator rng) {
        if (row == columnOf.length) {
            return true;
        }
        List<Integer> columns = new ArrayList<>();
        for (int c = 0; c < columnOf.length; c++) {
            columns.add(c);
        }
        while (!columns.isEmpty()) {
            int c = columns.remove(rng.nextInt(columns.size()));
            boolean safe = true;
            for (int r = 0; r < row && safe; r++) {
                safe = !NQueensState.attack(r, columnOf[r], row, c);
            }
            if (safe) {
                columnOf[row] = c;
                if (place(row + 1, columnOf, rng)) {
                    return true;
                }
            }
        }
        return false;
    }
}
