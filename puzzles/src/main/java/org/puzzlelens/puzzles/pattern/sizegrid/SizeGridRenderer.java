package org.puzzlelens.puzzles.pattern.sizegrid;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.puzzlelens.puzzles.pattern.common.GridCells;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/** The released grid: circles centred 128 units apart, pale yellow with black outlines. */
final class SizeGridRenderer {
    static final double FIRST = 128;
    static final double STEP = 128;
    static final Color FILL = PatternColour.YELLOW.pale();
    static final double STROKE = 2;
    /** Radii of small, medium and large circles, as released. */
    static final List<Double> RADIUS = List.of(13.0, 21.5, 47.0);

    private SizeGridRenderer() {}

    static void draw(SizeGridState s, Graphics2D g) {
        GridCells.draw(
                g,
                s.rows(),
                FIRST,
                STEP,
                (cell, x, y) -> PatternDraw.filled(
                        g,
                        Shape.CIRCLE.outline(x, y, RADIUS.get(Size.parse(cell).ordinal()), 0),
                        FILL,
                        STROKE));
    }
}
