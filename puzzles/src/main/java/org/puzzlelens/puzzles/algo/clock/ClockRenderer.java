package org.puzzlelens.puzzles.algo.clock;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * A plain analog face as released: small numbers 1..12, grey ticks, thin hands from the centre (a short
 * brown hour hand, a long green minute hand).
 */
final class ClockRenderer {
    static final Canvas CANVAS = new Canvas(1000, 1000);
    static final double CX = 500;
    static final double CY = 500;
    static final double RADIUS = 460;
    static final double HOUR_LENGTH = 230;
    static final double MINUTE_LENGTH = 370;
    static final Color HOUR_COLOUR = new Color(139, 69, 19);
    static final Color MINUTE_COLOUR = new Color(46, 139, 87);
    private static final Color TEXT = new Color(38, 60, 60);

    private ClockRenderer() {}

    static void draw(ClockState s, Graphics2D g) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(5));
        g.draw(new Ellipse2D.Double(CX - RADIUS, CY - RADIUS, 2 * RADIUS, 2 * RADIUS));
        for (int tick = 0; tick < 60; tick++) {
            boolean major = tick % 5 == 0;
            g.setStroke(new BasicStroke(major ? 5 : 2.5f));
            g.setColor(major ? Color.GRAY : Color.LIGHT_GRAY);
            g.draw(new Line2D.Double(at(tick * 6, RADIUS - (major ? 32 : 18)), at(tick * 6, RADIUS)));
        }
        g.setColor(TEXT);
        for (int n = 1; n <= 12; n++) {
            Point2D p = at(n * 30, RADIUS - 64);
            Draw.centred(g, Integer.toString(n), Fonts.bold(36), p.getX(), p.getY());
        }
        hand(g, hourAngle(s), HOUR_LENGTH, 13, HOUR_COLOUR);
        hand(g, minuteAngle(s), MINUTE_LENGTH, 8, MINUTE_COLOUR);
        g.setColor(Color.BLACK);
        g.fill(new Ellipse2D.Double(CX - 22, CY - 22, 44, 44));
    }

    /** Degrees clockwise from twelve o'clock. */
    static double hourAngle(ClockState s) {
        return (s.hour() % 12) * 30 + s.minute() * 0.5;
    }

    static double minuteAngle(ClockState s) {
        return s.minute() * 6;
    }

    static Point2D at(double degrees, double radius) {
        double rad = Math.toRadians(degrees);
        return new Point2D.Double(CX + radius * Math.sin(rad), CY - radius * Math.cos(rad));
    }

    private static void hand(Graphics2D g, double degrees, double length, float width, Color colour) {
        g.setColor(colour);
        g.setStroke(new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(at(degrees, 0), at(degrees, length)));
    }
}
