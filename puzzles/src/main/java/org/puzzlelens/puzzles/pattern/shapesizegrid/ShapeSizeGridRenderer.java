package org.puzzlelens.puzzles.pattern.shapesizegrid;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.puzzlelens.puzzles.pattern.common.GridCells;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/** The released grid of pale green polygons with thick outlines, 128 units apart. */
final class ShapeSizeGridRenderer {
    static final double FIRST = 128;
    static final double STEP = 128;
    static final Color FILL = PatternColour.GREEN.pale();
    static final double STROKE = 3;
    /** Circumradii of small, medium and large shapes, as released. */
    static final List<Double> RADIUS = List.of(19.0, 39.0, 60.0);

    private ShapeSizeGridRenderer() {}

    static void draw(ShapeSizeGridState s, Graphics2D g) {
        GridCells.draw(g, s.rows(), FIRST, STEP, (cell, x, y) -> {
            Shape shape = Shape.parse(ShapeSizeGridState.shape(cell));
            double radius = RADIUS.get(Size.parse(ShapeSizeGridState.size(cell)).ordinal());
            PatternDraw.filled(g, shape.outline(x, y, radius, shape.uprightVertex()), FILL, STROKE);
        });
    }
}
