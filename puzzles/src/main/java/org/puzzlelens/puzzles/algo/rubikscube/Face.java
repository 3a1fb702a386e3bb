package org.puzzlelens.puzzles.algo.rubikscube;

import java.util.Locale;

/**
 * A face of the cube, with its outward normal and how its 3 x 3 stickers (row, column, as drawn in
 * the released net) sit in space: x to the right, y up, z towards the viewer of the front face.
 * The net puts Up above Front, Left-Front-Right-Back in a row and Down below Front, so Up's bottom
 * row touches Front's top row, Back's left column touches Right's right column, and so on.
 */
public enum Face {
    UP('U', 0, 1, 0),
    LEFT('L', -1, 0, 0),
    FRONT('F', 0, 0, 1),
    RIGHT('R', 1, 0, 0),
    BACK('B', 0, 0, -1),
    DOWN('D', 0, -1, 0);

    final char letter;
    final int nx;
    final int ny;
    final int nz;

    Face(char letter, int nx, int ny, int nz) {
        this.letter = letter;
        this.nx = nx;
        this.ny = ny;
        this.nz = nz;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    String title() {
        return name().charAt(0) + word().substring(1);
    }

    static Face of(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }

    static Face ofLetter(char letter) {
        for (Face f : values()) {
            if (f.letter == letter) {
                return f;
            }
        }
        throw new IllegalArgumentException("no face letter '" + letter + "'");
    }

    /** The cubie position {x, y, z} in -1..1 of the sticker at (row, col) of this face. */
    int[] position(int row, int col) {
        return switch (this) {
            case FRONT -> new int[] {col - 1, 1 - row, 1};
            case BACK -> new int[] {1 - col, 1 - row, -1};
            case UP -> new int[] {col - 1, 1, row - 1};
            case DOWN -> new int[] {col - 1, -1, 1 - row};
            case LEFT -> new int[] {-1, 1 - row, col - 1};
            case RIGHT -> new int[] {1, 1 - row, 1 - col};
        };
    }

    int[] normal() {
        return new int[] {nx, ny, nz};
    }
}
