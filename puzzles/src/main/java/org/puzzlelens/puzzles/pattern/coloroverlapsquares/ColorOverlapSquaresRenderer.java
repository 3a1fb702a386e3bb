package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Squares along the diagonal, turned on a corner and upright in turn (the released three: corner,
 * upright, corner), with each overlap painted in its own colour and the hidden square grey.
 */
final class ColorOverlapSquaresRenderer {
    static final Canvas CANVAS = new Canvas(512, 512);
    private static final double STEP = 90;
    private static final double SIDE = 178;
    private static final double LABEL_SIZE = 46;

    private ColorOverlapSquaresRenderer() {}

    /** Shrinks longer chains so that they fit the canvas. */
    static double scale(int n) {
        return Math.min(1, 470 / ((n - 1) * STEP + SIDE * Math.sqrt(2)));
    }

    static Point2D centre(int i, int n) {
        double offset = (i - (n - 1) / 2.0) * STEP * scale(n);
        return new Point2D.Double(256 + offset, 256 - offset);
    }

    static Shape square(int i, int n) {
        Point2D c = centre(i, n);
        double side = SIDE * scale(n);
        Shape upright = new Rectangle2D.Double(c.getX() - side / 2, c.getY() - side / 2, side, side);
        return i % 2 == 0
                ? AffineTransform.getRotateInstance(Math.PI / 4, c.getX(), c.getY())
                        .createTransformedShape(upright)
                : upright;
    }

    /** Where the question mark goes: the hidden square's free corner, or its middle when it sits inside the chain. */
    static Point2D labelAt(int i, int n) {
        Point2D c = centre(i, n);
        double s = scale(n);
        double dx = i == 0 ? -38 : i == n - 1 ? 38 : 0;
        return new Point2D.Double(c.getX() + dx * s, c.getY() - Math.signum(dx) * 33 * s);
    }

    static void draw(ColorOverlapSquaresState s, Graphics2D g) {
        int n = s.squares().size();
        for (int i = 0; i < n; i++) {
            String c = s.squares().get(i);
            g.setColor(PatternColour.fill(c));
            g.fill(square(i, n));
        }
        for (int i = 0; i + 1 < n; i++) {
            Area overlap = new Area(square(i, n));
            overlap.intersect(new Area(square(i + 1, n)));
            g.setColor(PatternColour.parse(s.overlaps().get(i)).strong());
            g.fill(overlap);
        }
        for (int i = 0; i < n; i++) {
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(PatternDraw.OUTLINE));
            g.draw(square(i, n));
        }
        Point2D at = labelAt(s.missing(), n);
        PatternDraw.label(g, PatternDraw.SOFT_BLACK, PyList.MISSING, at.getX(), at.getY(), LABEL_SIZE * scale(n));
    }
}
