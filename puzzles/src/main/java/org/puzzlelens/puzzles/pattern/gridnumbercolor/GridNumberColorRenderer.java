package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import java.awt.Graphics2D;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;

/** As released: nine touching rounded squares in strong colours; the unknown one grey with a question mark. */
final class GridNumberColorRenderer {
    static final Grid3 GRID = new Grid3(27, 152.7);
    static final double CELL = 150;
    static final double FONT = 40;
    private static final double ARC = 36;

    private GridNumberColorRenderer() {}

    static void draw(GridNumberColorState s, Graphics2D g) {
        for (int i = 0; i < Grid3.CELLS; i++) {
            double cx = GRID.centreX(i);
            double cy = GRID.centreY(i);
            PatternColour c = s.colours().get(i);
            PatternDraw.filled(g, PatternDraw.cell(cx, cy, CELL, ARC), c == null ? PatternColour.MISSING : c.strong());
            PatternDraw.label(g, c == null ? null : s.numbers().get(i), cx, cy, FONT);
        }
    }
}
