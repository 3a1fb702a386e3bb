package org.puzzlelens.puzzles.pattern.shapemorph;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.shapemorph.ShapeMorphState.Corner;

/**
 * The released grid: pink shapes, each a blend of the two end shapes by how many steps (row + column) it is
 * from the top left, the centre left empty and the hidden corner a question mark.
 */
final class ShapeMorphRenderer {
    static final double FIRST = 128;
    static final double STEP = 128;
    static final double RADIUS = 45;
    /** Polygons point a vertex at 3 o'clock, as released. */
    static final double VERTEX = 0;

    static final int LAST_STEP = 4;
    static final Color FILL = new Color(244, 204, 203);
    static final double STROKE = 2;
    private static final int OUTLINE_POINTS = 240;

    private ShapeMorphRenderer() {}

    static void draw(ShapeMorphState s, Graphics2D g) {
        for (int r = 0; r < 3; r++) {
            for (int c = 0; c < 3; c++) {
                int step = r + c;
                double x = FIRST + c * STEP;
                double y = FIRST + r * STEP;
                if (r == 1 && c == 1) {
                    continue;
                }
                if (step == hiddenStep(s)) {
                    PatternDraw.questionMark(g, x, y);
                } else {
                    PatternDraw.filled(g, outline(s, step, x, y), FILL, STROKE);
                }
            }
        }
    }

    static int hiddenStep(ShapeMorphState s) {
        return s.hidden() == Corner.TOP_LEFT ? 0 : LAST_STEP;
    }

    /** How far along from the visible corner's shape to the other one the shape at {@code step} is, 0..1. */
    static double blend(ShapeMorphState s, int step) {
        double fromTopLeft = step / (double) LAST_STEP;
        return s.visible() == Corner.TOP_LEFT ? fromTopLeft : 1 - fromTopLeft;
    }

    /** The outline's distance from the centre at {@code degrees}: the two shapes' distances, blended. */
    static double radiusAt(Shape from, Shape to, double blend, double degrees) {
        return (1 - blend) * from.radiusAt(degrees, RADIUS, VERTEX) + blend * to.radiusAt(degrees, RADIUS, VERTEX);
    }

    private static java.awt.Shape outline(ShapeMorphState s, int step, double x, double y) {
        double blend = blend(s, step);
        if (blend == 0) {
            return s.corner().outline(x, y, RADIUS, VERTEX);
        }
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < OUTLINE_POINTS; k++) {
            double deg = k * 360.0 / OUTLINE_POINTS;
            double r = radiusAt(s.corner(), s.towards(), blend, deg);
            double px = x + r * Math.cos(Math.toRadians(deg));
            double py = y + r * Math.sin(Math.toRadians(deg));
            if (k == 0) {
                path.moveTo(px, py);
            } else {
                path.lineTo(px, py);
            }
        }
        path.closePath();
        return path;
    }
}
