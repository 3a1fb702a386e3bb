package org.puzzlelens.puzzles.pattern.shapesizehexagon;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/** The released hexagonal ring of peach polygons with thick outlines and a large question mark in the centre. */
final class ShapeSizeHexagonRenderer {
    static final double CX = 256;
    static final double CY = 256;
    static final double RING_RADIUS = 170;
    static final Color FILL = PatternColour.ORANGE.pale();
    static final double STROKE = 3;
    /** Circumradii of small, medium and large shapes, as released. */
    static final List<Double> RADIUS = List.of(18.0, 43.0, 69.0);

    static final double QUESTION_SIZE = 80;

    private ShapeSizeHexagonRenderer() {}

    static void draw(ShapeSizeHexagonState s, Graphics2D g) {
        for (int i = 0; i < ShapeSizeHexagonState.RING; i++) {
            Point2D p = centre(i);
            Shape shape = Shape.parse(s.ring().get(i));
            PatternDraw.filled(
                    g,
                    shape.outline(
                            p.getX(),
                            p.getY(),
                            RADIUS.get(Size.parse(s.sizes().get(i)).ordinal()),
                            shape.uprightVertex()),
                    FILL,
                    STROKE);
        }
        PatternDraw.label(g, null, CX, CY, QUESTION_SIZE);
    }

    /** Anti-clockwise on screen from 3 o'clock, as the caption says. */
    static Point2D centre(int index) {
        double a = Math.toRadians(-index * 360.0 / ShapeSizeHexagonState.RING);
        return new Point2D.Double(CX + RING_RADIUS * Math.cos(a), CY + RING_RADIUS * Math.sin(a));
    }
}
