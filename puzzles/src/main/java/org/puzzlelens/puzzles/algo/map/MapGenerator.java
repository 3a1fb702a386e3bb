package org.puzzlelens.puzzles.algo.map;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.stream.IntStream;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.ParamRule;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Voronoi regions of random sites, a random proper four-colouring of all of them, then some regions
 * whitened. Bounded redraws prefer diagrams whose shared edges are long enough to see and whose regions
 * hold their number, and white sets whose number of completions stays within {@code max_maps} (the
 * released answers are at most 8), in the end the smallest oversized one.
 */
final class MapGenerator {
    static final Param.Int REGIONS = new Param.Int(
            "regions", "number of Voronoi regions", IntRange.of(8, 12), IntRange.of(15, 20), IntRange.of(22, 30));
    static final Param.Int UNKNOWN = new Param.Int(
            "unknown", "white regions to be coloured", IntRange.of(2, 3), IntRange.of(2, 6), IntRange.of(5, 9));
    static final Param.Int MAX_MAPS = new Param.Int(
            "max_maps",
            "most complete maps an instance may allow",
            IntRange.exactly(4),
            IntRange.exactly(8),
            IntRange.exactly(24));
    static final List<ParamRule> RULES = List.of(new ParamRule(
            "regions must exceed unknown by at least 2 (two regions keep their colour)",
            p -> p.get(REGIONS) - p.get(UNKNOWN) >= 2));
    static final List<Param> PARAMS = List.of(REGIONS, UNKNOWN, MAX_MAPS);
    static final double MIN_SHARED_EDGE = 0.02;
    /** Distance from a region's centroid to its boundary that leaves room for its number. */
    static final double MIN_CLEARANCE = 0.03;

    private static final int DIAGRAM_ATTEMPTS = 12;
    private static final int WHITE_SET_ATTEMPTS = 30;

    private MapGenerator() {}

    static MapState generate(Parameters p, RandomGenerator rng) {
        int n = p.get(REGIONS);
        int unknown = p.get(UNKNOWN);
        Voronoi.Diagram diagram = diagram(n, rng);
        List<MapColour> colouring = colouring(diagram.neighbours(), rng);
        int cap = p.get(MAX_MAPS);
        // one random white set gives more single answers and fewer of 6..8 than released (29% vs 23%
        // and 13% vs 21%); keeping the larger of two sets in half the instances brings both close
        int setsWithinCap = rng.nextBoolean() ? 2 : 1;
        MapState best = null;
        int bestCount = 0;
        MapState smallest = null;
        int smallestCount = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < WHITE_SET_ATTEMPTS && setsWithinCap > 0; attempt++) {
            MapState candidate = labelled(diagram, colouring, unknown, rng);
            // counting stops well past the cap: enough to prefer the smallest of several oversized sets
            int count = MapSolver.completions(candidate, 4 * cap).size();
            if (count <= cap) {
                setsWithinCap--;
                if (count > bestCount) {
                    bestCount = count;
                    best = candidate;
                }
            } else if (count < smallestCount) {
                smallestCount = count;
                smallest = candidate;
            }
        }
        return best != null ? best : smallest;
    }

    private static Voronoi.Diagram diagram(int n, RandomGenerator rng) {
        Voronoi.Diagram best = null;
        double bestScore = -1;
        for (int attempt = 0; attempt < DIAGRAM_ATTEMPTS && bestScore < 1; attempt++) {
            List<Point> sites = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sites.add(new Point(rng.nextDouble(), rng.nextDouble()));
            }
            Voronoi.Diagram d = Voronoi.of(sites);
            double score = Math.min(d.shortestSharedEdge() / MIN_SHARED_EDGE, clearance(d) / MIN_CLEARANCE);
            if (score > bestScore) {
                bestScore = score;
                best = d;
            }
        }
        return best;
    }

    /** The smallest distance from a cell's centroid to the line of one of its edges. */
    private static double clearance(Voronoi.Diagram d) {
        double least = Double.POSITIVE_INFINITY;
        for (List<Point> cell : d.cells()) {
            Point c = new Region(cell, List.of(), MapColour.WHITE).centroid();
            for (int e = 0; e < cell.size(); e++) {
                Point a = cell.get(e);
                Point b = cell.get((e + 1) % cell.size());
                double cross = (b.x() - a.x()) * (c.y() - a.y()) - (b.y() - a.y()) * (c.x() - a.x());
                least = Math.min(least, Math.abs(cross) / a.distance(b));
            }
        }
        return least;
    }

    /**
     * A proper four-colouring by backtracking in DSatur order (next the region whose neighbours already
     * use the most colours), colours tried in a random order; on planar maps this rarely backtracks.
     */
    private static List<MapColour> colouring(List<List<Integer>> neighbours, RandomGenerator rng) {
        List<MapColour> colours =
                new ArrayList<>(neighbours.stream().map(x -> MapColour.WHITE).toList());
        if (!colour(neighbours.size(), neighbours, colours, rng)) {
            throw new IllegalStateException("no four-colouring found for a planar map");
        }
        return colours;
    }

    private static boolean colour(
            int left, List<List<Integer>> neighbours, List<MapColour> colours, RandomGenerator rng) {
        if (left == 0) {
            return true;
        }
        int next = -1;
        long bestKey = -1;
        for (int i = 0; i < colours.size(); i++) {
            if (colours.get(i) == MapColour.WHITE) {
                long used = neighbours.get(i).stream()
                        .map(colours::get)
                        .filter(c -> c != MapColour.WHITE)
                        .distinct()
                        .count();
                long key = used * 1000 + neighbours.get(i).size();
                if (key > bestKey) {
                    bestKey = key;
                    next = i;
                }
            }
        }
        int region = next;
        for (MapColour c : shuffled(MapColour.PAINTS, rng)) {
            if (neighbours.get(region).stream().noneMatch(j -> colours.get(j) == c)) {
                colours.set(region, c);
                if (colour(left - 1, neighbours, colours, rng)) {
                    return true;
                }
            }
        }
        colours.set(region, MapColour.WHITE);
        return false;
    }

    /** Numbers the regions at random, coloured ones first, and whitens the last {@code unknown}. */
    private static MapState labelled(Voronoi.Diagram d, List<MapColour> colouring, int unknown, RandomGenerator rng) {
        int n = d.cells().size();
        List<Integer> order = shuffled(IntStream.range(0, n).boxed().toList(), rng);
        int[] label = new int[n];
        for (int pos = 0; pos < n; pos++) {
            label[order.get(pos)] = pos + 1;
        }
        List<Region> regions = new ArrayList<>();
        for (int pos = 0; pos < n; pos++) {
            int cell = order.get(pos);
            List<Point> outline = d.cells().get(cell).stream()
                    .map(pt -> new Point(round(pt.x()), round(pt.y())))
                    .toList();
            List<Integer> neighbours = d.neighbours().get(cell).stream()
                    .map(j -> label[j])
                    .sorted()
                    .toList();
            regions.add(new Region(outline, neighbours, pos < n - unknown ? colouring.get(cell) : MapColour.WHITE));
        }
        return new MapState(regions);
    }

    private static <T> List<T> shuffled(List<T> items, RandomGenerator rng) {
        List<T> out = new ArrayList<>(items);
        for (int k = out.size() - 1; k > 0; k--) {
            int j = rng.nextInt(k + 1);
            out.set(k, out.set(j, out.get(k)));
        }
        return out;
    }

    /** Five decimals, as released. */
    private static double round(double v) {
        return Math.round(v * 100_000) / 100_000.0;
    }
}
