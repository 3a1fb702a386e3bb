package org.puzzlelens.puzzles.pattern.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.puzzlelens.puzzles.core.Fact;

/**
 * The released hexagon: flat top and bottom, split from its centre into six triangular parts that
 * are numbered anti-clockwise from the top part, as the captions list them.
 */
public final class Hexagon {
    public static final int PARTS = 6;
    public static final double CX = 256;
    public static final double CY = 256;
    public static final double RADIUS = 172;
    static final List<String> PLACES =
            List.of("top", "upper left", "lower left", "bottom", "lower right", "upper right");

    private Hexagon() {}

    /** The corner at {@code degrees} anti-clockwise from the positive x axis. */
    static Point2D corner(double degrees) {
        double rad = Math.toRadians(degrees);
        return new Point2D.Double(CX + RADIUS * Math.cos(rad), CY - RADIUS * Math.sin(rad));
    }

    public static Path2D part(int i) {
        Point2D a = corner(60 + 60 * i);
        Point2D b = corner(120 + 60 * i);
        Path2D p = new Path2D.Double();
        p.moveTo(CX, CY);
        p.lineTo(a.getX(), a.getY());
        p.lineTo(b.getX(), b.getY());
        p.closePath();
        return p;
    }

    /** The centroid of part {@code i}, where its label goes. */
    public static Point2D centre(int i) {
        Point2D a = corner(60 + 60 * i);
        Point2D b = corner(120 + 60 * i);
        return new Point2D.Double((CX + a.getX() + b.getX()) / 3, (CY + a.getY() + b.getY()) / 3);
    }

    /** Fills the six parts and draws their outlines over them. */
    public static void draw(Graphics2D g, List<Color> fills) {
        for (int i = 0; i < PARTS; i++) {
            g.setColor(fills.get(i));
            g.fill(part(i));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < PARTS; i++) {
            g.draw(part(i));
        }
    }

    /** "top", "upper left", ... for part {@code i}. */
    public static String place(int i) {
        return PLACES.get(i);
    }

    public static int opposite(int i) {
        return (i + PARTS / 2) % PARTS;
    }

    public static String colourCaption(List<PatternColour> colours) {
        return "There is a hexagon split into six parts with the colors " + PyList.ofColours(colours)
                + " in an anti-clockwise order.";
    }

    /** One fact a part, {@code part 1<suffix> = value}; the unknown is {@code ?}. */
    public static <T> List<Fact> facts(List<T> values, String suffix, Function<T, String> text) {
        return PartFacts.facts(values, i -> key(i, suffix), text);
    }

    /** The six values from facts written by {@link #facts}; empty when a part is not stated. */
    public static <T> Optional<List<T>> fromFacts(Map<String, String> facts, String suffix, Function<String, T> parse) {
        return PartFacts.values(facts, PARTS, i -> key(i, suffix), parse);
    }

    private static String key(int part, String suffix) {
        return "part " + (part + 1) + suffix;
    }
}
