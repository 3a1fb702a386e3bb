package org.puzzlelens.puzzles.pattern.common;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The regular shapes PuzzleVQA draws, named as its captions name them. */
public enum Shape {
    TRIANGLE(3),
    SQUARE(4),
    PENTAGON(5),
    HEXAGON(6),
    CIRCLE(0);

    /** The four polygons, the vocabulary of the shape types that leave circles out. */
    public static final List<Shape> POLYGONS = List.of(TRIANGLE, SQUARE, PENTAGON, HEXAGON);

    private final int sides;

    Shape(int sides) {
        this.sides = sides;
    }

    public int sides() {
        return sides;
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String plural() {
        return word() + "s";
    }

    public static Shape parse(String word) {
        return Arrays.stream(values())
                .filter(s -> s.word().equals(word.trim().toLowerCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no shape called '" + word + "'"));
    }

    /**
     * Distance from the centre to the outline in direction {@code degrees} (screen angles: clockwise
     * from the positive x axis), for circumradius {@code radius} and a first vertex at {@code
     * vertexDegrees}.
     */
    public double radiusAt(double degrees, double radius, double vertexDegrees) {
        if (sides == 0) {
            return radius;
        }
        double sector = 360.0 / sides;
        double within = Math.floorMod(Math.round((degrees - vertexDegrees) * 1e6), Math.round(sector * 1e6)) / 1e6;
        return radius * Math.cos(Math.PI / sides) / Math.cos(Math.toRadians(within - sector / 2));
    }

    /**
     * Where the released size puzzles put the first vertex (screen degrees): triangles and pentagons point
     * up, squares sit flat, hexagons have flat tops.
     */
    public double uprightVertex() {
        return switch (this) {
            case SQUARE -> 45;
            case HEXAGON, CIRCLE -> 0;
            default -> -90;
        };
    }

    /** The outline centred at (cx, cy). */
    public java.awt.Shape outline(double cx, double cy, double radius, double vertexDegrees) {
        if (sides == 0) {
            return new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        }
        Path2D.Double path = new Path2D.Double();
        for (int k = 0; k < sides; k++) {
            double a = Math.toRadians(vertexDegrees + k * 360.0 / sides);
            double x = cx + radius * Math.cos(a);
            double y = cy + radius * Math.sin(a);
            if (k == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }
}
