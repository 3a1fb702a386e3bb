package org.puzzlelens.puzzles.pattern.shapereflect;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;

/** The released layout: a row of pale green polygons, a line, their mirror images; the hidden one a dashed circle. */
final class ShapeReflectRenderer {
    static final int MAX_PER_PART = 4;
    static final double TOP_Y = 170;
    static final double LINE_Y = 255.5;
    static final double BOTTOM_Y = 2 * LINE_Y - TOP_Y;
    static final double RADIUS = 45;
    static final double HOLE_RADIUS = 50;
    static final Color FILL = PatternColour.GREEN.pale();
    static final double STROKE = 2;

    private ShapeReflectRenderer() {}

    static void draw(ShapeReflectState s, Graphics2D g) {
        int n = s.top().size();
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.draw(new Line2D.Double(x(n, 0) - 64, LINE_Y, x(n, n - 1) + 64, LINE_Y));
        for (int i = 0; i < n; i++) {
            cell(g, s.top().get(i), x(n, i), TOP_Y, true);
            cell(g, s.bottom().get(i), x(n, i), BOTTOM_Y, false);
        }
    }

    private static void cell(Graphics2D g, String cell, double x, double y, boolean top) {
        if (cell.equals(PyList.MISSING)) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {8, 6}, 0));
            g.draw(Shape.CIRCLE.outline(x, y, HOLE_RADIUS, 0));
            PatternDraw.questionMark(g, x, y);
        } else {
            Shape shape = Shape.parse(cell);
            PatternDraw.filled(g, shape.outline(x, y, RADIUS, vertex(shape, top)), FILL, STROKE);
        }
    }

    /** Screen angle of the first vertex: points up above the line; the mirror turns it upside down below. */
    static double vertex(Shape shape, boolean top) {
        double up = shape == Shape.SQUARE ? 45 : -90;
        return top ? up : -up;
    }

    /** Centre x of shape {@code i} of {@code n}: the row is centred, 128 units apart as released (110 for four). */
    static double x(int n, int i) {
        double step = n == MAX_PER_PART ? 110 : 128;
        return 256 + (i - (n - 1) / 2.0) * step;
    }
}
