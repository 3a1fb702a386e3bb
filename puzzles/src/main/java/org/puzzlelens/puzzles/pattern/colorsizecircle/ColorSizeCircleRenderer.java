package org.puzzlelens.puzzles.pattern.colorsizecircle;

import java.awt.Graphics2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** Concentric circles of radius 204, 153, 102 and 51 around the centre, as released. */
final class ColorSizeCircleRenderer {
    static final Canvas CANVAS = new Canvas(512, 512);
    static final double CENTRE = 256;
    static final double RING = 51;
    private static final double LABEL_SIZE = 46;

    private ColorSizeCircleRenderer() {}

    static double radius(int ring) {
        return RING * (4 - ring);
    }

    static void draw(ColorSizeCircleState s, Graphics2D g) {
        for (int ring = 0; ring < 4; ring++) {
            double r = radius(ring);
            int level = s.levels().get(ring);
            PatternDraw.filled(
                    g,
                    PatternDraw.circle(CENTRE, CENTRE, r),
                    level == ColorSizeCircleState.HIDDEN
                            ? PatternColour.MISSING
                            : PatternColour.parse(s.hue()).shade(level));
        }
        int hidden = s.hidden();
        // The mark sits in the hidden circle's visible band: the middle for the smallest, above it for a ring.
        double y = hidden == 3 ? CENTRE : CENTRE - radius(hidden) + RING / 2;
        PatternDraw.label(g, PatternDraw.SOFT_BLACK, PyList.MISSING, CENTRE, y, LABEL_SIZE);
    }
}
