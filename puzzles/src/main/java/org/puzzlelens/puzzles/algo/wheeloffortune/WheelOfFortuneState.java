package org.puzzlelens.puzzles.algo.wheeloffortune;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * A prize wheel and a spin. Angles are degrees counterclockwise from the 3 o'clock direction, as in
 * the released solution fields; the first segment starts at {@link #FIRST_BOUNDARY} and the others
 * follow counterclockwise.
 *
 * @param widths each segment's angular width in whole degrees, summing to 360
 * @param colours each segment's colour name (CSS/matplotlib names), all different
 * @param prizes each segment's prize, all different
 * @param arrowAt where the fixed arrow points, in degrees
 * @param clockwise the spin direction
 * @param inTurns true when the question says "makes k.jj full rotations", false for "rotates D degrees"
 * @param amount twentieths of a full rotation when {@code inTurns}, else degrees
 */
public record WheelOfFortuneState(
        List<Integer> widths,
        List<String> colours,
        List<String> prizes,
        int arrowAt,
        boolean clockwise,
        boolean inTurns,
        int amount) {
    static final int FIRST_BOUNDARY = 45;

    public WheelOfFortuneState {
        widths = List.copyOf(widths);
        colours = List.copyOf(colours);
        prizes = List.copyOf(prizes);
        int n = widths.size();
        if (n < 2 || colours.size() != n || prizes.size() != n) {
            throw new IllegalArgumentException("widths, colours and prizes must describe the same segments");
        }
        if (widths.stream().anyMatch(w -> w <= 0)
                || widths.stream().mapToInt(Integer::intValue).sum() != 360) {
            throw new IllegalArgumentException("segment widths must be positive and sum to 360: " + widths);
        }
        if (new LinkedHashSet<>(colours).size() != n || new LinkedHashSet<>(prizes).size() != n) {
            throw new IllegalArgumentException("colours and prizes must all differ");
        }
        colours.forEach(WheelColours::rgb);
        if (amount <= 0) {
            throw new IllegalArgumentException("the wheel must turn, got " + amount);
        }
    }

    int segments() {
        return widths.size();
    }

    /** The total turn in degrees. */
    int degrees() {
        return inTurns ? amount * 18 : amount;
    }

    /** The net turn, counterclockwise positive, in 0..359 counterclockwise or -359..0 clockwise. */
    int netCounterclockwise() {
        int r = Math.floorMod(degrees(), 360);
        return clockwise ? -r : r;
    }

    /** Where segment i starts before the spin (not reduced modulo 360, as released). */
    int start(int i) {
        int s = FIRST_BOUNDARY;
        for (int j = 0; j < i; j++) {
            s += widths.get(j);
        }
        return s;
    }

    /** Where segment i starts after the spin, in 0..359. */
    int rotatedStart(int i) {
        return Math.floorMod(start(i) + netCounterclockwise(), 360);
    }
}
