package org.puzzlelens.puzzles.pattern.p2common;

import java.awt.Color;
import java.util.Collection;
import java.util.Comparator;
import java.util.function.ToDoubleFunction;
import org.puzzlelens.puzzles.testing.Pixels;

/** Reads filled shapes back from pixels: whether a place is filled, how far the fill reaches, which shape it is. */
public record ShapeReader(Pixels pixels, Color fill) {
    // Pale fills sit close to the greys of antialiased black text, so the match must be tight.
    private static final int TOLERANCE = 20;
    public static final int RAYS = 72;

    public boolean filledAt(double x, double y) {
        return pixels.near(x, y, fill, TOLERANCE);
    }

    /** How far the fill reaches from (cx, cy) in direction {@code degrees}, starting the walk at {@code from}. */
    public double reach(double cx, double cy, double degrees, double from) {
        double a = Math.toRadians(degrees);
        double r = from;
        while (r < 256 && filledAt(cx + r * Math.cos(a), cy + r * Math.sin(a))) {
            r += 0.25;
        }
        return r;
    }

    /** Mean reach over evenly spaced rays: for a circle, its radius less half the outline. */
    public double meanReach(double cx, double cy, double from) {
        double sum = 0;
        for (int k = 0; k < RAYS; k++) {
            sum += reach(cx, cy, k * 360.0 / RAYS, from);
        }
        return sum / RAYS;
    }

    /**
     * The candidate whose outline (first vertex at {@code vertex} degrees) best fits the reach profile, scaled
     * to the largest reach.
     */
    public Shape shape(double cx, double cy, double from, Collection<Shape> candidates, ToDoubleFunction<Shape> vertex) {
        double[] reach = new double[RAYS];
        double max = 0;
        for (int k = 0; k < RAYS; k++) {
            reach[k] = reach(cx, cy, k * 360.0 / RAYS, from);
            max = Math.max(max, reach[k]);
        }
        double radius = max;
        return candidates.stream().min(Comparator.comparingDouble(s -> {
            double err = 0;
            for (int k = 0; k < RAYS; k++) {
                double d = reach[k] / radius - s.radiusAt(k * 360.0 / RAYS, 1, vertex.applyAsDouble(s));
                err += d * d;
            }
            return err;
        })).orElseThrow();
    }

    /** The largest reach from the centre, close to the circumradius less half the outline. */
    public double maxReach(double cx, double cy, double from) {
        double max = 0;
        for (int k = 0; k < RAYS; k++) {
            max = Math.max(max, reach(cx, cy, k * 360.0 / RAYS, from));
        }
        return max;
    }
}
