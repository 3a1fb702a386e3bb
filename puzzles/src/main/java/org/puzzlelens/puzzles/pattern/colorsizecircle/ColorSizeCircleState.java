package org.puzzlelens.puzzles.pattern.colorsizecircle;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * Four concentric circles in shades of one colour; one is grey with a question mark.
 *
 * @param hue the colour name
 * @param levels each circle's shade from the largest circle to the smallest: 0 the lightest to 3 the
 *     darkest of {@link PatternColour#shade}, {@link #HIDDEN} for exactly one circle,
 *     the largest or the smallest
 */
public record ColorSizeCircleState(String hue, List<Integer> levels) {
    public static final int HIDDEN = -1;
    public static final List<String> SIZES = List.of("extra large", "large", "medium", "small");

    public ColorSizeCircleState {
        PatternColour.requireWord(hue, "the circles' colour");
        levels = List.copyOf(levels);
        if (levels.size() != SIZES.size()
                || levels.stream().filter(l -> l == HIDDEN).count() != 1
                || !levels.stream().allMatch(l -> l >= HIDDEN && l < PatternColour.SHADES)) {
            throw new IllegalArgumentException("four circles of shade 0..3, exactly one hidden: " + levels);
        }
        if (levels.get(1) == HIDDEN || levels.get(2) == HIDDEN) {
            throw new IllegalArgumentException("the hidden circle is the largest or the smallest: " + levels);
        }
    }

    public int hidden() {
        return levels.indexOf(HIDDEN);
    }

    /** Whether the visible shades get darker towards the largest circle, judged by the two outermost visible ones. */
    public boolean darkerOutside() {
        List<Integer> shown = levels.stream().filter(l -> l != HIDDEN).toList();
        return shown.get(0) > shown.get(1);
    }
}
