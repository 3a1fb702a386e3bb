package org.puzzlelens.puzzles.algo.map;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The Voronoi diagram of sites in the unit square: each cell is the square clipped by the half-planes
 * {@code |x - p_i| <= |x - p_j|} for every other site. Two cells are neighbours when an edge of one lies
 * on their bisector with non-zero length.
 */
final class Voronoi {
    private static final double EPS = 1e-9;

    /**
     * @param cells one convex polygon per site, counter-clockwise
     * @param neighbours per cell, the indices (0-based) of its neighbours, ascending
     * @param shortestSharedEdge the length of the shortest boundary two neighbours share
     */
    record Diagram(List<List<Point>> cells, List<List<Integer>> neighbours, double shortestSharedEdge) {}

    private Voronoi() {}

    static Diagram of(List<Point> sites) {
        int n = sites.size();
        double[][][] lines = new double[n][n][];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lines[i][j] = j == i ? null : bisector(sites.get(i), sites.get(j));
            }
        }
        List<List<Point>> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Point> cell = List.of(new Point(0, 0), new Point(1, 0), new Point(1, 1), new Point(0, 1));
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    cell = clip(cell, lines[i][j]);
                }
            }
            cells.add(cell);
        }
        List<TreeSet<Integer>> adjacent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            adjacent.add(new TreeSet<>());
        }
        double shortest = Double.POSITIVE_INFINITY;
        for (int i = 0; i < n; i++) {
            List<Point> cell = cells.get(i);
            for (int e = 0; e < cell.size(); e++) {
                Point a = cell.get(e);
                Point b = cell.get((e + 1) % cell.size());
                for (int j = 0; j < n; j++) {
                    if (j != i && a.distance(b) > EPS && onLine(a, lines[i][j]) && onLine(b, lines[i][j])) {
                        adjacent.get(i).add(j);
                        adjacent.get(j).add(i);
                        shortest = Math.min(shortest, a.distance(b));
                    }
                }
            }
        }
        return new Diagram(
                cells,
                adjacent.stream().map(s -> (List<Integer>) List.copyOf(s)).toList(),
                shortest);
    }

    /** The half-plane {@code a x + b y <= c} of points at least as close to {@code p} as to {@code q}, normalised. */
    private static double[] bisector(Point p, Point q) {
        double a = 2 * (q.x() - p.x());
        double b = 2 * (q.y() - p.y());
        double c = q.x() * q.x() + q.y() * q.y() - p.x() * p.x() - p.y() * p.y();
        double norm = Math.hypot(a, b);
        return new double[] {a / norm, b / norm, c / norm};
    }

    private static double side(Point p, double[] line) {
        return line[0] * p.x() + line[1] * p.y() - line[2];
    }

    private static boolean onLine(Point p, double[] line) {
        return Math.abs(side(p, line)) < EPS;
    }

    /** Sutherland-Hodgman clipping of a convex polygon to one half-plane. */
    private static List<Point> clip(List<Point> polygon, double[] line) {
        if (polygon.stream().allMatch(p -> side(p, line) <= EPS)) {
            return polygon;
        }
        List<Point> out = new ArrayList<>();
        for (int k = 0; k < polygon.size(); k++) {
            Point cur = polygon.get(k);
            Point next = polygon.get((k + 1) % polygon.size());
            double sc = side(cur, line);
            double sn = side(next, line);
            if (sc <= EPS) {
                add(out, cur);
            }
            if ((sc < -EPS && sn > EPS) || (sc > EPS && sn < -EPS)) {
                double t = sc / (sc - sn);
                add(out, new Point(cur.x() + t * (next.x() - cur.x()), cur.y() + t * (next.y() - cur.y())));
            }
        }
        if (out.size() > 1 && out.get(0).distance(out.get(out.size() - 1)) < EPS) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static void add(List<Point> out, Point p) {
        if (out.isEmpty() || out.get(out.size() - 1).distance(p) >= EPS) {
            out.add(p);
        }
    }
}
