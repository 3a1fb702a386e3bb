package org.puzzlelens.puzzles.pattern.gridnumber;

import java.awt.Graphics2D;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;

/** As released: nine pale blue rounded squares with large black numbers. */
final class GridNumberRenderer {
    static final Grid3 GRID = new Grid3(64, 128);
    static final double CELL = 125;
    static final double FONT = 46;
    private static final double ARC = 40;

    private GridNumberRenderer() {}

    static void draw(GridNumberState s, Graphics2D g) {
        for (int i = 0; i < Grid3.CELLS; i++) {
            double cx = GRID.centreX(i);
            double cy = GRID.centreY(i);
            PatternDraw.filled(g, PatternDraw.cell(cx, cy, CELL, ARC), PatternColour.BLUE.pale());
            PatternDraw.label(g, s.cells().get(i), cx, cy, FONT);
        }
    }
}
