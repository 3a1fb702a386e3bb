package org.puzzlelens.puzzles.algo.nqueens;

import java.util.Comparator;
import java.util.List;

/**
 * An n x n board with n - 2 mutually non-attacking queens; two more are to be placed.
 *
 * @param queens [row, column] of each queen shown (0-based, image orientation), sorted by row
 */
public record NQueensState(int size, List<List<Integer>> queens) {
    public NQueensState {
        if (size < 4) {
            throw new IllegalArgumentException("board must be at least 4 x 4, got " + size);
        }
        queens = queens.stream()
                .map(List::copyOf)
                .sorted(Comparator.<List<Integer>>comparingInt(q -> q.get(0)).thenComparingInt(q -> q.get(1)))
                .toList();
        if (queens.size() != size - 2) {
            throw new IllegalArgumentException(
                    "a " + size + " x " + size + " board shows " + (size - 2) + " queens, not " + queens.size());
        }
        for (int i = 0; i < queens.size(); i++) {
            List<Integer> a = queens.get(i);
            if (a.size() != 2 || a.get(0) < 0 || a.get(0) >= size || a.get(1) < 0 || a.get(1) >= size) {
                throw new IllegalArgumentException("queen " + a + " is off the board");
            }
            for (int j = 0; j < i; j++) {
                if (attack(
                        a.get(0), a.get(1), queens.get(j).get(0), queens.get(j).get(1))) {
                    throw new IllegalArgumentException("queens " + queens.get(j) + " and " + a + " attack each other");
                }
            }
        }
    }

    static boolean attack(int r1, int c1, int r2, int c2) {
        return r1 == r2 || c1 == c2 || Math.abs(r1 - r2) == Math.abs(c1 - c2);
    }

    /** The column of the queen in {@code row}, or -1. */
    int queenIn(int row) {
        return queens.stream()
                .filter(q -> q.get(0) == row)
                .mapToInt(q -> q.get(1))
                .findFirst()
                .orElse(-1);
    }
}
