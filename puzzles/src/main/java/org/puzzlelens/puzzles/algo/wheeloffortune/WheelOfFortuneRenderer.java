package org.puzzlelens.puzzles.algo.wheeloffortune;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * The wheel before the spin as released: coloured pie segments with their prize written along the
 * radius, a thin rim, and a brown arrow outside the rim pointing at the centre.
 */
final class WheelOfFortuneRenderer {
    static final Canvas CANVAS = new Canvas(1000, 1000);
    static final double CX = 500;
    static final double CY = 500;
    static final double RADIUS = 420;
    static final double LABEL_RADIUS = 0.58 * RADIUS;
    static final double ARROW_TAIL = 498;
    static final double ARROW_TIP = 432;
    static final Color ARROW = new Color(165, 42, 42);

    private WheelOfFortuneRenderer() {}

    /** The point at a radius and an angle in degrees counterclockwise from 3 o'clock. */
    static Point2D at(double degrees, double radius) {
        double rad = Math.toRadians(degrees);
        return new Point2D.Double(CX + radius * Math.cos(rad), CY - radius * Math.sin(rad));
    }

    static Font labelFont(int segments) {
        return Fonts.sans(segments <= 8 ? 44 : 35);
    }

    static Arc2D segment(double start, double width) {
        return new Arc2D.Double(CX - RADIUS, CY - RADIUS, 2 * RADIUS, 2 * RADIUS, start, width, Arc2D.PIE);
    }

    /** Draws a label along the radius at a mid-angle, turned as the released images turn it. */
    static void label(Graphics2D g, String text, double midAngle, Font font) {
        Point2D p = at(midAngle, LABEL_RADIUS);
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.toRadians(midAngle), p.getX(), p.getY());
        Draw.centred(g, text, font, p.getX(), p.getY());
        g.setTransform(saved);
    }

    static void draw(WheelOfFortuneState s, Graphics2D g) {
        g.setColor(new Color(90, 90, 90));
        g.setStroke(new BasicStroke(2));
        g.draw(new Ellipse2D.Double(CX - RADIUS - 14, CY - RADIUS - 14, 2 * RADIUS + 28, 2 * RADIUS + 28));
        Font font = labelFont(s.segments());
        for (int i = 0; i < s.segments(); i++) {
            g.setColor(WheelColours.rgb(s.colours().get(i)));
            g.fill(segment(s.start(i), s.widths().get(i)));
        }
        g.setColor(Color.BLACK);
        for (int i = 0; i < s.segments(); i++) {
            label(g, s.prizes().get(i), s.start(i) + s.widths().get(i) / 2.0, font);
        }
        g.setColor(Color.WHITE);
        g.fill(new Ellipse2D.Double(CX - 14, CY - 14, 28, 28));
        g.setColor(new Color(150, 150, 150));
        g.draw(new Ellipse2D.Double(CX - 14, CY - 14, 28, 28));
        arrow(g, s.arrowAt());
    }

    private static void arrow(Graphics2D g, double degrees) {
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(at(degrees, ARROW_TAIL), at(degrees, ARROW_TIP + 20)));
        Point2D tip = at(degrees, ARROW_TIP);
        Point2D left = at(degrees + 3.2, ARROW_TIP + 30);
        Point2D right = at(degrees - 3.2, ARROW_TIP + 30);
        Path2D head = new Path2D.Double();
        head.moveTo(tip.getX(), tip.getY());
        head.lineTo(left.getX(), left.getY());
        head.lineTo(right.getX(), right.getY());
        head.closePath();
        g.fill(head);
    }
}
