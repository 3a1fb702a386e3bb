package org.puzzlelens.puzzles.algo.colourhue;

import java.util.HashSet;
import java.util.List;

/**
 * The ideal board (B), a colour gradient, and the shuffled board (A), both row-major.
 *
 * @param ideal the colour of each tile of the ideal board, row by row
 * @param shuffledOrder for each position of board (A), the ideal position of the tile found there
 */
public record ColourHueState(int rows, int columns, List<Rgb> ideal, List<Integer> shuffledOrder) {
    public ColourHueState {
        ideal = List.copyOf(ideal);
        shuffledOrder = List.copyOf(shuffledOrder);
        if (rows < 1 || columns < 1 || rows * columns < 2) {
            throw new IllegalArgumentException("a board needs at least two tiles: " + rows + " x " + columns);
        }
        int n = rows * columns;
        if (ideal.size() != n || shuffledOrder.size() != n) {
            throw new IllegalArgumentException("a " + rows + " x " + columns + " board needs " + n + " tiles");
        }
        if (new HashSet<>(ideal).size() != n) {
            throw new IllegalArgumentException("tile colours must be different");
        }
        if (!new HashSet<>(shuffledOrder).equals(new HashSet<>(ColourHueSolver.identity(n)))) {
            throw new IllegalArgumentException("shuffled order must be a permutation of 0.." + (n - 1));
        }
        if (shuffledOrder.equals(ColourHueSolver.identity(n))) {
            throw new IllegalArgumentException("at least one tile must be out of place");
        }
    }

    int size() {
        return rows * columns;
    }

    /** The colour board (A) shows at position {@code j}. */
    Rgb shuffled(int j) {
        return ideal.get(shuffledOrder.get(j));
    }

    /** {@code r2c3}, 1-based, as facts and traces name a position. */
    String cell(int index) {
        return "r" + (index / columns + 1) + "c" + (index % columns + 1);
    }
}
