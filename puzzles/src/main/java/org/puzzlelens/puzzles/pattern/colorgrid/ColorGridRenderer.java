package org.puzzlelens.puzzles.pattern.colorgrid;

import java.awt.Graphics2D;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;

/** As released: a 3 x 3 grid of outlined circles; the missing one is only a question mark. */
final class ColorGridRenderer {
    static final Grid3 GRID = new Grid3(64, 128);
    static final double RADIUS = 45;
    static final double FONT = 36;

    private ColorGridRenderer() {}

    static void draw(ColorGridState s, Graphics2D g) {
        for (int i = 0; i < Grid3.CELLS; i++) {
            PatternColour c = s.colours().get(i);
            if (c == null) {
                PatternDraw.label(g, null, GRID.centreX(i), GRID.centreY(i), FONT);
            } else {
                PatternDraw.filled(g, PatternDraw.circle(GRID.centreX(i), GRID.centreY(i), RADIUS), c.strong());
            }
        }
    }
}
