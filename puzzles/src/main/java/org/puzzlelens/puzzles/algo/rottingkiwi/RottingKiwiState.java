package org.puzzlelens.puzzles.algo.rottingkiwi;

import java.util.List;

/**
 * A square grid of cells, each empty, holding a fresh kiwi or a rotten one.
 *
 * @param grid rows top to bottom of {@link #EMPTY}, {@link #FRESH} or {@link #ROTTEN}, as the
 *     released {@code ids}; every fresh kiwi is linked to a rotten one through kiwis, so the rot
 *     reaches it and the question has an answer
 */
public record RottingKiwiState(List<List<Integer>> grid) {
    static final int EMPTY = 0;
    static final int FRESH = 1;
    static final int ROTTEN = 2;
    static final List<String> NAMES = List.of("empty", "fresh", "rotten");

    public RottingKiwiState {
        grid = grid.stream().map(List::copyOf).toList();
        int size = grid.size();
        if (size < 2 || grid.stream().anyMatch(row -> row.size() != size)) {
            throw new IllegalArgumentException("grid must be square and at least 2 x 2: " + grid);
        }
        if (grid.stream().flatMap(List::stream).anyMatch(v -> v < EMPTY || v > ROTTEN)) {
            throw new IllegalArgumentException("cells are 0 (empty), 1 (fresh) or 2 (rotten): " + grid);
        }
        if (count(grid, FRESH) == 0 || count(grid, ROTTEN) == 0) {
            throw new IllegalArgumentException("the grid needs a fresh and a rotten kiwi: " + grid);
        }
        if (RottingKiwiSolver.rotMinutes(grid).stream()
                .flatMap(List::stream)
                .anyMatch(m -> m == RottingKiwiSolver.NEVER)) {
            throw new IllegalArgumentException("some fresh kiwi never touches the rot: " + grid);
        }
    }

    int size() {
        return grid.size();
    }

    int at(int row, int column) {
        return grid.get(row).get(column);
    }

    static long count(List<List<Integer>> grid, int kind) {
        return grid.stream().flatMap(List::stream).filter(v -> v == kind).count();
    }
}
