package org.puzzlelens.puzzles.pattern.shapemorph;

import java.util.Locale;
import org.puzzlelens.puzzles.pattern.common.Shape;

/**
 * A 3 x 3 grid (centre empty) of shapes morphing step by step from one corner to the opposite corner; one
 * corner is hidden.
 *
 * @param corner the shape in the visible corner
 * @param visible which corner shows it
 * @param towards the shape the others morph into, away from the visible corner; the hidden corner's shape
 *     is what the image implies, not something it shows
 */
public record ShapeMorphState(Shape corner, Corner visible, Shape towards) {
    public ShapeMorphState {
        if (corner == null || visible == null || towards == null || corner == towards) {
            throw new IllegalArgumentException("a morph needs a visible corner and a different shape to morph into");
        }
    }

    /** The two corners the morph runs between. */
    public enum Corner {
        TOP_LEFT,
        BOTTOM_RIGHT;

        public String words() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }

        public Corner opposite() {
            return this == TOP_LEFT ? BOTTOM_RIGHT : TOP_LEFT;
        }
    }

    public Corner hidden() {
        return visible.opposite();
    }
}
