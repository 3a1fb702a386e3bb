package org.puzzlelens.puzzles.pattern.circlesizenumber;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** The released ring: light grey circles with thin dark outlines, numbers in black, clockwise from 3 o'clock. */
final class CircleSizeNumberRenderer {
    static final List<Integer> RINGS = List.of(4, 6, 8);
    static final double CX = 256;
    static final double CY = 256;
    static final Color FILL = PatternColour.MISSING;
    static final Color OUTLINE = new Color(40, 40, 40);
    static final double STROKE = 1.2;
    static final double TEXT_SIZE = 44;
    /** Per ring size: the ring's radius and the smallest and largest circle radius, so neighbours never touch. */
    private static final Map<Integer, List<Double>> LAYOUT = Map.of(
            4, List.of(150.0, 46.0, 70.0),
            6, List.of(150.0, 50.0, 71.0),
            8, List.of(170.0, 38.0, 62.0));

    private CircleSizeNumberRenderer() {}

    /** How many different sizes a ring of {@code circles} shows: each size is worn by two circles. */
    static int sizeLevels(int circles) {
        return circles / 2;
    }

    static void draw(CircleSizeNumberState s, Graphics2D g) {
        int n = s.numbers().size();
        for (int i = 0; i < n; i++) {
            Point2D p = centre(n, i);
            PatternDraw.filled(
                    g,
                    Shape.CIRCLE.outline(p.getX(), p.getY(), radius(n, s.sizes().get(i)), 0),
                    FILL,
                    OUTLINE,
                    STROKE);
            g.setColor(Color.BLACK);
            Draw.centred(g, s.numbers().get(i), Fonts.sans(TEXT_SIZE), p.getX(), p.getY());
        }
    }

    static Point2D centre(int circles, int index) {
        double a = Math.toRadians(index * 360.0 / circles);
        double ring = LAYOUT.get(circles).get(0);
        return new Point2D.Double(CX + ring * Math.cos(a), CY + ring * Math.sin(a));
    }

    static double radius(int circles, int size) {
        List<Double> layout = LAYOUT.get(circles);
        return layout.get(1) + (size - 1) * (layout.get(2) - layout.get(1)) / (sizeLevels(circles) - 1);
    }
}
