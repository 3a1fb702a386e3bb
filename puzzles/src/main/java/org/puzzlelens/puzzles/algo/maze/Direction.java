package org.puzzlelens.puzzles.algo.maze;

import java.util.Locale;

/** Headings on the screen, listed clockwise, so a right turn is one step on in this order. */
enum Direction {
    UP(-1, 0),
    RIGHT(0, 1),
    DOWN(1, 0),
    LEFT(0, -1);

    private final int dRow;
    private final int dCol;

    Direction(int dRow, int dCol) {
        this.dRow = dRow;
        this.dCol = dCol;
    }

    int dRow() {
        return dRow;
    }

    int dCol() {
        return dCol;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The heading of a one-cell step. */
    static Direction between(MazeState.Cell from, MazeState.Cell to) {
        for (Direction d : values()) {
            if (from.step(d).equals(to)) {
                return d;
            }
        }
        throw new IllegalArgumentException(from + " and " + to + " are not neighbours");
    }
}
