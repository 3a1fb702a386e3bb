package org.puzzlelens.puzzles.pattern.sizegrid;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.GridCells;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;

/**
 * A 3 x 3 grid of circles, row by row from the top, each {@code small|medium|large}, one hidden ({@code ?}).
 */
public record SizeGridState(List<List<String>> rows) {
    public static final int SIZE = 3;

    public SizeGridState {
        rows = GridCells.copy(rows);
        GridCells.checkOneHidden(rows, SIZE);
        for (List<String> row : rows) {
            for (String cell : row) {
                if (!cell.equals(PyList.MISSING) && !Size.isWord(cell)) {
                    throw new IllegalArgumentException("not a size: " + cell);
                }
            }
        }
    }

    public int[] hidden() {
        return GridCells.checkOneHidden(rows, SIZE);
    }

    /** Where a cell sits: the pattern gives every corner one size, every edge cell another, the centre a third. */
    enum Role {
        CORNER("at the corner"),
        EDGE("adjacent to the center"),
        CENTRE("at the center");

        final String place;

        Role(String place) {
            this.place = place;
        }

        static Role of(int row, int column) {
            int fromMiddle = Math.abs(row - 1) + Math.abs(column - 1);
            return fromMiddle == 2 ? CORNER : fromMiddle == 1 ? EDGE : CENTRE;
        }
    }
}
