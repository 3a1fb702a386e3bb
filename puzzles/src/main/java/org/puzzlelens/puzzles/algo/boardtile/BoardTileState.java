package org.puzzlelens.puzzles.algo.boardtile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A rows x columns chequered board with some squares removed. Square (0, 0), top left, is dark
 * yellow; a square is dark when row + column is even.
 *
 * @param removed the removed squares as [row, column] (0-based, image orientation), in reading
 *     order; one when the board has an odd number of squares, two when even, as released
 */
public record BoardTileState(int rows, int columns, List<List<Integer>> removed) {
    public BoardTileState {
        if (rows < 2 || columns < 2) {
            throw new IllegalArgumentException("board must be at least 2 x 2, got " + rows + " x " + columns);
        }
        List<List<Integer>> squares = new ArrayList<>();
        for (List<Integer> sq : removed) {
            if (sq.size() != 2 || sq.get(0) < 0 || sq.get(0) >= rows || sq.get(1) < 0 || sq.get(1) >= columns) {
                throw new IllegalArgumentException(
                        "removed square " + sq + " is off the " + rows + " x " + columns + " board");
            }
            squares.add(List.copyOf(sq));
        }
        squares.sort(Comparator.<List<Integer>>comparingInt(sq -> sq.get(0)).thenComparingInt(sq -> sq.get(1)));
        if (squares.stream().distinct().count() != squares.size()) {
            throw new IllegalArgumentException("a square is removed twice: " + removed);
        }
        if (squares.size() != removedCount(rows, columns)) {
            throw new IllegalArgumentException("a " + rows + " x " + columns + " board has "
                    + removedCount(rows, columns) + " removed squares, not " + squares.size());
        }
        removed = List.copyOf(squares);
    }

    /** One square is removed from an odd board, two from an even one, so the rest has an even count. */
    static int removedCount(int rows, int columns) {
        return rows * columns % 2 == 0 ? 2 : 1;
    }

    static boolean dark(int row, int column) {
        return (row + column) % 2 == 0;
    }

    boolean isRemoved(int row, int column) {
        return removed.contains(List.of(row, column));
    }

    int remaining() {
        return rows * columns - removed.size();
    }
}
