package org.puzzlelens.puzzles.pattern.triangle;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;

/**
 * As released: three triangles of pale blue circles joined by lines, the first group top left, the
 * second bottom left, the third on the right, each with its product circle to the right.
 */
final class TriangleRenderer {
    static final List<Point2D> ANCHORS =
            List.of(new Point2D.Double(166, 146), new Point2D.Double(166, 368), new Point2D.Double(358, 258));
    static final double RADIUS = 30;
    static final double FONT = 28;
    private static final double HALF_HEIGHT = 44;
    private static final double RIGHT_SHIFT = 76;

    private TriangleRenderer() {}

    static void draw(TriangleState s, Graphics2D g) {
        for (int i = 0; i < TriangleState.GROUPS; i++) {
            List<Integer> group = s.groups().get(i);
            Point2D top = centre(i, TriangleState.TOP);
            Point2D bottom = centre(i, TriangleState.BOTTOM);
            Point2D right = centre(i, TriangleState.RIGHT);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(PatternDraw.OUTLINE));
            g.draw(new Line2D.Double(top, bottom));
            g.draw(new Line2D.Double(bottom, right));
            g.draw(new Line2D.Double(right, top));
            for (int slot = 0; slot < 3; slot++) {
                Point2D c = centre(i, slot);
                PatternDraw.filled(g, PatternDraw.circle(c.getX(), c.getY(), RADIUS), PatternColour.BLUE.pale());
                PatternDraw.label(g, group.get(slot), c.getX(), c.getY(), FONT);
            }
        }
    }

    /** Centre of the circle of {@code slot} (top, bottom, right) in group {@code group}. */
    static Point2D centre(int group, int slot) {
        Point2D a = ANCHORS.get(group);
        return switch (slot) {
            case TriangleState.TOP -> new Point2D.Double(a.getX(), a.getY() - HALF_HEIGHT);
            case TriangleState.BOTTOM -> new Point2D.Double(a.getX(), a.getY() + HALF_HEIGHT);
            default -> new Point2D.Double(a.getX() + RIGHT_SHIFT, a.getY());
        };
    }
}
