package org.puzzlelens.puzzles.algo.woodslide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** One board as rows of digit characters, with the moves of its blocks. */
record Board(List<String> cells) {
    static final char EMPTY = '0';

    /** A block's size: {@code height} rows by {@code width} columns. */
    record Shape(int height, int width) {}

    /** Block {@code digit} moved one cell in {@code direction}, from {@code before} to {@code after}. */
    record Move(Board before, char digit, Direction direction, Board after) {}

    enum Direction {
        UP(-1, 0),
        DOWN(1, 0),
        LEFT(0, -1),
        RIGHT(0, 1);

        final int dRow;
        final int dCol;

        Direction(int dRow, int dCol) {
            this.dRow = dRow;
            this.dCol = dCol;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Board {
        cells = List.copyOf(cells);
        if (cells.isEmpty() || cells.get(0).isEmpty()) {
            throw new IllegalArgumentException("a board needs cells");
        }
        for (String row : cells) {
            if (row.length() != cells.get(0).length() || !row.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("board rows must be equally long strings of digits: " + cells);
            }
        }
    }

    static Board of(List<String> rows) {
        Board b = new Board(rows);
        b.shapes();
        return b;
    }

    int rows() {
        return cells.size();
    }

    int cols() {
        return cells.get(0).length();
    }

    char at(int r, int c) {
        return cells.get(r).charAt(c);
    }

    /** The block digits in ascending order. */
    List<Character> blocks() {
        return List.copyOf(shapes().keySet());
    }

    /** Each block's shape, checking that its cells fill a rectangle. */
    Map<Character, Shape> shapes() {
        Map<Character, int[]> bounds = new TreeMap<>();
        Map<Character, Integer> counts = new TreeMap<>();
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                char d = at(r, c);
                if (d == EMPTY) {
                    continue;
                }
                int[] b = bounds.computeIfAbsent(d, k -> new int[] {rows(), cols(), -1, -1});
                b[0] = Math.min(b[0], r);
                b[1] = Math.min(b[1], c);
                b[2] = Math.max(b[2], r);
                b[3] = Math.max(b[3], c);
                counts.merge(d, 1, Integer::sum);
            }
        }
        Map<Character, Shape> shapes = new TreeMap<>();
        bounds.forEach((d, b) -> {
            Shape shape = new Shape(b[2] - b[0] + 1, b[3] - b[1] + 1);
            if (shape.height() * shape.width() != counts.get(d)) {
                throw new IllegalArgumentException("block " + d + " is not a filled rectangle");
            }
            shapes.put(d, shape);
        });
        return shapes;
    }

    int empties() {
        return (int) String.join("", cells).chars().filter(ch -> ch == EMPTY).count();
    }

    /** Every one-cell move of every block, blocks in digit order, then up, down, left, right. */
    List<Move> moves() {
        List<Move> out = new ArrayList<>();
        for (char d : blocks()) {
            for (Direction dir : Direction.values()) {
                Board after = moved(d, dir);
                if (after != null) {
                    out.add(new Move(this, d, dir, after));
                }
            }
        }
        return out;
    }

    private Board moved(char digit, Direction dir) {
        char[][] next = new char[rows()][];
        for (int r = 0; r < rows(); r++) {
            next[r] = cells.get(r).toCharArray();
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                if (at(r, c) == digit) {
                    next[r][c] = EMPTY;
                }
            }
        }
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < cols(); c++) {
                if (at(r, c) != digit) {
                    continue;
                }
                int nr = r + dir.dRow;
                int nc = c + dir.dCol;
                if (nr < 0 || nc < 0 || nr >= rows() || nc >= cols() || (at(nr, nc) != EMPTY && at(nr, nc) != digit)) {
                    return null;
                }
                next[nr][nc] = digit;
            }
        }
        List<String> rows = new ArrayList<>();
        for (char[] row : next) {
            rows.add(new String(row));
        }
        return new Board(rows);
    }
}
