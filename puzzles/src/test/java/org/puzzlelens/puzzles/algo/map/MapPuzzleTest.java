package org.puzzlelens.puzzles.algo.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class MapPuzzleTest extends PuzzleTypeContract<MapState> {
    private static final MapPuzzle TYPE = new MapPuzzle();

    @Override
    protected PuzzleType<MapState> type() {
        return TYPE;
    }

    /** Samples each region three quarters of the way from its centroid to its farthest corner, clear of the number. */
    @Override
    protected MapState readPixels(BufferedImage image, MapState q) {
        Pixels px = Pixels.of(image, MapRenderer.CANVAS);
        List<Region> regions = new ArrayList<>();
        for (Region r : q.regions()) {
            Point c = r.centroid();
            Point far = r.outline().stream()
                    .max((a, b) -> Double.compare(a.distance(c), b.distance(c)))
                    .orElseThrow();
            Point2D at =
                    MapRenderer.toCanvas(new Point(c.x() + 0.75 * (far.x() - c.x()), c.y() + 0.75 * (far.y() - c.y())));
            Color seen = px.at(at.getX(), at.getY());
            MapColour nearest = Arrays.stream(MapColour.values())
                    .min((a, b) -> Integer.compare(Pixels.distance(seen, a.rgb), Pixels.distance(seen, b.rgb)))
                    .orElseThrow();
            regions.add(new Region(r.outline(), r.neighbours(), nearest));
        }
        return new MapState(regions);
    }

    private static final Pattern REGION =
            Pattern.compile("Region (\\d+) is (\\w+) and borders regions? ([\\d, and]+)\\.");

    @Override
    protected MapState parseDescription(String description, MapState q) {
        List<Region> regions = new ArrayList<>();
        Matcher m = REGION.matcher(description);
        while (m.find()) {
            int number = Integer.parseInt(m.group(1));
            List<Integer> neighbours = Arrays.stream(m.group(3).split(",| and "))
                    .map(String::trim)
                    .filter(t -> !t.isEmpty())
                    .map(Integer::parseInt)
                    .toList();
            regions.add(new Region(
                    q.region(number).outline(),
                    neighbours,
                    MapColour.parse(m.group(2)).orElseThrow()));
        }
        return new MapState(regions);
    }

    /** Brute force: try all 4^k colourings of the white regions and keep the proper ones. */
    @Property(tries = 150)
    void solverAgreesWithTryingEveryColouring(
            @ForAll @IntRange(min = 6, max = 12) int regions,
            @ForAll @IntRange(min = 2, max = 4) int unknown,
            @ForAll long seed) {
        MapState s = MapGenerator.generate(
                new Parameters(Map.of("regions", regions, "unknown", unknown, "max_maps", 1000)),
                new SplittableRandom(seed));
        int n = s.regions().size();
        int known = s.known();
        int proper = 0;
        for (int code = 0; code < 1 << (2 * (n - known)); code++) {
            List<MapColour> colours =
                    new ArrayList<>(s.regions().stream().map(Region::colour).toList());
            for (int k = 0; k < n - known; k++) {
                colours.set(known + k, MapColour.PAINTS.get((code >> (2 * k)) & 3));
            }
            boolean ok = true;
            for (int i = 0; i < n; i++) {
                for (int j : s.regions().get(i).neighbours()) {
                    ok &= colours.get(i) != colours.get(j - 1);
                }
            }
            proper += ok ? 1 : 0;
        }
        assertThat(MapSolver.solve(s).answer()).isEqualTo(Integer.toString(proper));
    }

    /**
     * Checks the diagram against the definition: cells tile the square, every random point lies in the
     * cell of its nearest site, and the middle of every shared edge is equidistant from the two sites and
     * farther from all others.
     */
    @Property(tries = 60)
    void voronoiCellsAreNearestSiteRegions(@ForAll @IntRange(min = 3, max = 20) int n, @ForAll long seed) {
        Random random = new Random(seed);
        List<Point> sites = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            sites.add(new Point(random.nextDouble(), random.nextDouble()));
        }
        Voronoi.Diagram d = Voronoi.of(sites);
        double area = 0;
        for (List<Point> cell : d.cells()) {
            for (int i = 0; i < cell.size(); i++) {
                Point a = cell.get(i);
                Point b = cell.get((i + 1) % cell.size());
                area += (a.x() * b.y() - b.x() * a.y()) / 2;
            }
        }
        assertThat(area).isCloseTo(1.0, Offset.offset(1e-9));
        for (int t = 0; t < 200; t++) {
            Point x = new Point(random.nextDouble(), random.nextDouble());
            int nearest = 0;
            for (int i = 1; i < n; i++) {
                nearest = x.distance(sites.get(i)) < x.distance(sites.get(nearest)) ? i : nearest;
            }
            assertThat(path(d.cells().get(nearest)).contains(x.x(), x.y())
                            || x.distance(sites.get(nearest)) > secondNearest(x, sites) - 1e-6)
                    .isTrue();
        }
        for (int i = 0; i < n; i++) {
            for (int j : d.neighbours().get(i)) {
                Point m = sharedEdgeMiddle(d.cells().get(i), d.cells().get(j));
                assertThat(m.distance(sites.get(i))).isCloseTo(m.distance(sites.get(j)), Offset.offset(1e-7));
                for (int k = 0; k < n; k++) {
                    if (k != i && k != j) {
                        assertThat(m.distance(sites.get(k))).isGreaterThan(m.distance(sites.get(i)) - 1e-9);
                    }
                }
            }
        }
    }

    private static double secondNearest(Point x, List<Point> sites) {
        return sites.stream()
                .mapToDouble(x::distance)
                .sorted()
                .skip(1)
                .findFirst()
                .orElseThrow();
    }

    private static Path2D path(List<Point> cell) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(cell.get(0).x(), cell.get(0).y());
        cell.subList(1, cell.size()).forEach(v -> p.lineTo(v.x(), v.y()));
        p.closePath();
        return p;
    }

    /** The middle of the longest edge of {@code a} whose two ends are both corners of {@code b}. */
    private static Point sharedEdgeMiddle(List<Point> a, List<Point> b) {
        Point best = null;
        double longest = 0;
        for (int i = 0; i < a.size(); i++) {
            Point u = a.get(i);
            Point v = a.get((i + 1) % a.size());
            boolean shared =
                    b.stream().anyMatch(w -> w.distance(u) < 1e-7) && b.stream().anyMatch(w -> w.distance(v) < 1e-7);
            if (shared && u.distance(v) > longest) {
                longest = u.distance(v);
                best = new Point((u.x() + v.x()) / 2, (u.y() + v.y()) / 2);
            }
        }
        assertThat(best).as("a shared edge").isNotNull();
        return best;
    }

    @Test
    void questionsMatchEveryReleasedWording() throws Exception {
        ReleasedRecords.assertQuestionsMatch(TYPE);
    }
}
