package org.puzzlelens.puzzles.algo.movebox;

import java.util.Locale;

/** A grid cell, 0-based row and column as the released fields count them. */
public record Cell(int row, int column) {
    Cell step(Direction d) {
        return new Cell(row + d.rowStep, column + d.columnStep);
    }

    /** {@code r2c3}, 1-based, as facts and descriptions name a cell. */
    String name() {
        return "r" + (row + 1) + "c" + (column + 1);
    }

    enum Direction {
        UP(-1, 0),
        DOWN(1, 0),
        LEFT(0, -1),
        RIGHT(0, 1);

        final int rowStep;
        final int columnStep;

        Direction(int rowStep, int columnStep) {
            this.rowStep = rowStep;
            this.columnStep = columnStep;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
