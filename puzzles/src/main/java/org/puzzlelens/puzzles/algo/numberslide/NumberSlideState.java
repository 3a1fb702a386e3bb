package org.puzzlelens.puzzles.algo.numberslide;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sliding-tile board (0 = the open position) and one of the three released questions.
 *
 * @param grid n rows of n numbers, a permutation of 0..n*n-1
 * @param kind which question is asked
 * @param totalMoves the exact number of moves
 * @param statistic MIN or MAX (of a sum) for {@link Kind#EXTREME_SUM}; SUM, MIN or MAX for
 *     {@link Kind#AFTER_SEQUENCE}; null for {@link Kind#COUNT}
 * @param line an edge line for {@link Kind#EXTREME_SUM}; BLANK_ROW or BLANK_COLUMN for
 *     {@link Kind#AFTER_SEQUENCE}; null for {@link Kind#COUNT}
 * @param sequence the open position's moves for {@link Kind#AFTER_SEQUENCE}, else empty
 */
public record NumberSlideState(
        List<List<Integer>> grid, Kind kind, int totalMoves, Statistic statistic, Line line, List<Direction> sequence) {
    public NumberSlideState {
        int n = grid.size();
        if (n < 2 || grid.stream().anyMatch(row -> row.size() != n)) {
            throw new IllegalArgumentException("the board must be square, at least 2 x 2");
        }
        List<Integer> seen = new ArrayList<>();
        grid.forEach(seen::addAll);
        for (int v = 0; v < n * n; v++) {
            if (!seen.contains(v)) {
                throw new IllegalArgumentException("the board must hold each of 0.." + (n * n - 1) + " once");
            }
        }
        grid = grid.stream().map(List::copyOf).toList();
        sequence = List.copyOf(sequence);
        if (totalMoves < 1) {
            throw new IllegalArgumentException("at least one move, got " + totalMoves);
        }
        boolean fits = switch (kind) {
            case COUNT -> statistic == null && line == null && sequence.isEmpty();
            case EXTREME_SUM ->
                (statistic == Statistic.MIN || statistic == Statistic.MAX)
                        && line != null
                        && !line.followsBlank()
                        && sequence.isEmpty();
            case AFTER_SEQUENCE ->
                statistic != null && line != null && line.followsBlank() && sequence.size() == totalMoves;
        };
        if (!fits) {
            throw new IllegalArgumentException(
                    "inconsistent " + kind + " question: " + statistic + ", " + line + ", " + sequence);
        }
    }

    int size() {
        return grid.size();
    }

    /** The three released questions. */
    public enum Kind {
        COUNT,
        EXTREME_SUM,
        AFTER_SEQUENCE
    }

    public enum Statistic {
        MIN,
        MAX,
        SUM
    }

    /** A row or column the question looks at, with its released name. */
    public enum Line {
        TOP_ROW("top most row"),
        BOTTOM_ROW("bottom most row"),
        LEFT_COLUMN("left most column"),
        RIGHT_COLUMN("right most column"),
        BLANK_ROW("row"),
        BLANK_COLUMN("column");

        final String phrase;

        Line(String phrase) {
            this.phrase = phrase;
        }

        boolean followsBlank() {
            return this == BLANK_ROW || this == BLANK_COLUMN;
        }

        boolean isRow() {
            return this == TOP_ROW || this == BOTTOM_ROW || this == BLANK_ROW;
        }

        static Line ofPhrase(String phrase) {
            for (Line l : values()) {
                if (l.phrase.equals(phrase)) {
                    return l;
                }
            }
            throw new IllegalArgumentException("no line '" + phrase + "'");
        }
    }

    /** A move of the open position, in the order the released solver tries them. */
    public enum Direction {
        LEFT(0, -1),
        RIGHT(0, 1),
        UP(-1, 0),
        DOWN(1, 0);

        final int dr;
        final int dc;

        Direction(int dr, int dc) {
            this.dr = dr;
            this.dc = dc;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Direction of(String word) {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        }
    }
}
