package org.puzzlelens.puzzles.pattern.common;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.puzzlelens.puzzles.testing.Pixels;

/** Reads filled shapes back from pixels: whether a place is filled, how far the fill reaches, which shape it is. */
public record ShapeReader(Pixels pixels, Color fill) {
    // Pale fills sit close to the greys of antialiased black text, so the match must be tight.
    private static final int TOLERANCE = 20;
    private static final int RAYS = 72;

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

    /** The reach along {@link #RAYS} evenly spaced rays, the first towards 3 o'clock. */
    public double[] profile(double cx, double cy, double from) {
        double[] reach = new double[RAYS];
        for (int k = 0; k < RAYS; k++) {
            reach[k] = reach(cx, cy, k * 360.0 / RAYS, from);
        }
        return reach;
    }

    /** Squared misfit of a measured profile against an expected outline, both scaled to their largest reach. */
    public static double misfit(double[] reach, ToDoubleFunction<Double> expected) {
        double max = 0;
        double expectedMax = 0;
        for (int k = 0; k < RAYS; k++) {
            max = Math.max(max, reach[k]);
            expectedMax = Math.max(expectedMax, expected.applyAsDouble(k * 360.0 / RAYS));
        }
        double err = 0;
        for (int k = 0; k < RAYS; k++) {
            double d = reach[k] / max - expected.applyAsDouble(k * 360.0 / RAYS) / expectedMax;
            err += d * d;
        }
        return err;
    }

    /** The candidate whose outline (first vertex at {@code vertex} degrees) best fits the reach profile. */
    public Shape shape(
            double cx, double cy, double from, Collection<Shape> candidates, ToDoubleFunction<Shape> vertex) {
        double[] reach = profile(cx, cy, from);
        return candidates.stream()
                .min(Comparator.comparingDouble(s -> misfit(reach, deg -> s.radiusAt(deg, 1, vertex.applyAsDouble(s)))))
                .orElseThrow();
    }

    /** The largest reach from the centre, close to the circumradius less half the outline. */
    public double maxReach(double cx, double cy, double from) {
        double max = 0;
        for (int k = 0; k < RAYS; k++) {
            max = Math.max(max, reach(cx, cy, k * 360.0 / RAYS, from));
        }
        return max;
    }

    /** The index of the radius closest to a measured one: a size read from pixels. */
    public static int nearest(List<Double> radii, double radius) {
        return IntStream.range(0, radii.size())
                .boxed()
                .min(Comparator.comparingDouble(k -> Math.abs(radii.get(k) - radius)))
                .orElseThrow();
    }

    /** How a test names the part at a filled place of a grid. */
    public interface CellReader {
        String read(double x, double y);
    }

    /** Reads a square grid with cell centres {@code first, first + step, ...}; an unfilled centre is the question mark. */
    public List<List<String>> grid(int size, double first, double step, CellReader cells) {
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < size; c++) {
                double x = first + c * step;
                double y = first + r * step;
                row.add(filledAt(x, y) ? cells.read(x, y) : PyList.MISSING);
            }
            rows.add(row);
        }
        return rows;
    }
}
