package org.puzzlelens.puzzles.algo.thinkdot;

import java.util.List;
import java.util.Locale;

/**
 * A Think-a-Dot toy: eight discs in rows of three, two and three, each showing blue or yellow; the
 * balls dropped in order; and what the question counts afterwards.
 *
 * @param discs top, middle and bottom row, each left to right
 * @param balls the holes the balls are dropped through, in order
 * @param asked the face colour counted
 * @param region the row counted, or all rows
 */
public record ThinkDotState(List<List<Disc>> discs, List<Hole> balls, Disc asked, Region region) {
    static final List<Integer> ROW_SIZES = List.of(3, 2, 3);

    public ThinkDotState {
        if (discs.size() != ROW_SIZES.size()) {
            throw new IllegalArgumentException("the toy has three rows of discs, got " + discs.size());
        }
        for (int r = 0; r < discs.size(); r++) {
            if (discs.get(r).size() != ROW_SIZES.get(r)) {
                throw new IllegalArgumentException("row " + r + " must hold " + ROW_SIZES.get(r) + " discs");
            }
        }
        discs = discs.stream().map(List::copyOf).toList();
        if (balls.isEmpty()) {
            throw new IllegalArgumentException("at least one ball must be dropped");
        }
        balls = List.copyOf(balls);
        if (asked == null || region == null) {
            throw new IllegalArgumentException("the question needs a colour and a region");
        }
    }

    /** The face a disc shows. */
    public enum Disc {
        BLUE,
        YELLOW;

        Disc flipped() {
            return this == BLUE ? YELLOW : BLUE;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Disc of(String word) {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** A hole on top of the toy. */
    public enum Hole {
        LEFT,
        CENTER,
        RIGHT;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Hole of(String word) {
            return valueOf(word.trim().toUpperCase(Locale.ROOT));
        }
    }

    /** What the question counts: one row, or all eight discs. */
    public enum Region {
        TOP("in the top row"),
        MIDDLE("in the middle row"),
        BOTTOM("in the bottom row"),
        TOTAL("in total in all the rows");

        final String phrase;

        Region(String phrase) {
            this.phrase = phrase;
        }

        static Region ofPhrase(String phrase) {
            for (Region r : values()) {
                if (r.phrase.equals(phrase)) {
                    return r;
                }
            }
            throw new IllegalArgumentException("no region '" + phrase + "'");
        }
    }
}
