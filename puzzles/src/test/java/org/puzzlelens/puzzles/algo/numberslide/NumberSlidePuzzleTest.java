package org.puzzlelens.puzzles.algo.numberslide;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Kind;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Line;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Statistic;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;
import org.puzzlelens.puzzles.testing.TemplateMatch;
import org.puzzlelens.puzzles.testing.TemplateMatch.Background;

class NumberSlidePuzzleTest extends PuzzleTypeContract<NumberSlideState> {
    private static final NumberSlidePuzzle TYPE = new NumberSlidePuzzle();

    @Override
    protected PuzzleType<NumberSlideState> type() {
        return TYPE;
    }

    /**
     * Finds the board size from the tile edges along the four sides, the open position as the cell
     * without an edge, and each number by matching the cell against every candidate number drawn
     * in the same font at the same place (the least pixel difference wins).
     */
    @Override
    protected NumberSlideState readPixels(BufferedImage image, NumberSlideState q) {
        Pixels px = Pixels.of(image, NumberSlideRenderer.CANVAS);
        int n = boardSize(px);
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                RoundRectangle2D t = NumberSlideRenderer.tile(n, r, c);
                boolean edge = edgeNear(px, t.getCenterX(), t.getY(), true);
                row.add(edge ? bestNumber(image, px.scale(), n, t) : 0);
            }
            grid.add(row);
        }
        return new NumberSlideState(grid, q.kind(), q.totalMoves(), q.statistic(), q.line(), q.sequence());
    }

    private static int boardSize(Pixels px) {
        double near = NumberSlideRenderer.WALL + NumberSlideRenderer.INSET;
        double far = NumberSlideRenderer.CANVAS.width() - near;
        int best = 0;
        for (boolean horizontal : new boolean[] {true, false}) {
            for (double fixed : new double[] {near, far}) {
                // tiles are 2 * INSET apart and antialiasing can thin an edge, so only a longer gap ends a tile
                int segments = 0;
                double lastDark = Double.NEGATIVE_INFINITY;
                for (double t = near; t <= far; t += 0.5) {
                    if (edgeNear(px, horizontal ? t : fixed, horizontal ? fixed : t, horizontal)) {
                        segments += t - lastDark > NumberSlideRenderer.INSET ? 1 : 0;
                        lastDark = t;
                    }
                }
                best = Math.max(best, segments);
            }
        }
        return best;
    }

    /** Whether a grey tile edge crosses (x, y), looking a few units across the edge (antialiasing lightens it). */
    private static boolean edgeNear(Pixels px, double x, double y, boolean horizontalEdge) {
        for (double d = -3; d <= 3; d += 0.5) {
            Color c = px.at(horizontalEdge ? x : x + d, horizontalEdge ? y + d : y);
            boolean grey = Math.abs(c.getRed() - c.getGreen()) < 30 && Math.abs(c.getGreen() - c.getBlue()) < 30;
            if (grey && c.getGreen() < 200) {
                return true;
            }
        }
        return false;
    }

    private static int bestNumber(BufferedImage image, double scale, int n, RoundRectangle2D tile) {
        Rectangle box = new Rectangle(
                (int) Math.ceil((tile.getX() + NumberSlideRenderer.INSET) * scale),
                (int) Math.ceil((tile.getY() + NumberSlideRenderer.INSET) * scale),
                (int) ((tile.getWidth() - 2 * NumberSlideRenderer.INSET) * scale),
                (int) ((tile.getHeight() - 2 * NumberSlideRenderer.INSET) * scale));
        return TemplateMatch.best(
                image,
                scale,
                box,
                Background.WHITE,
                TemplateMatch::blue,
                IntStream.range(1, n * n).boxed().toList(),
                (g, v) -> Draw.centred(
                        g, Integer.toString(v), NumberSlideRenderer.font(n), tile.getCenterX(), tile.getCenterY()));
    }

    private static final Pattern ROW = Pattern.compile("row \\d+: ([0-9a-z ]+)[;.]");

    @Override
    protected NumberSlideState parseDescription(String description, NumberSlideState q) {
        Matcher m = ROW.matcher(description);
        List<List<Integer>> grid = new ArrayList<>();
        while (m.find()) {
            grid.add(Arrays.stream(m.group(1).split(" "))
                    .map(v -> v.equals(NumberSlideDescriber.OPEN) ? 0 : Integer.parseInt(v))
                    .toList());
        }
        return new NumberSlideState(grid, q.kind(), q.totalMoves(), q.statistic(), q.line(), q.sequence());
    }

    /**
     * An independent breadth-first search on flat int arrays: the set of boards reachable in exactly
     * d moves is the set of neighbours of those reachable in d - 1. Its size and its extreme edge
     * sums must equal what the solver derives by enumerating move sequences.
     */
    @Property(tries = 200)
    void enumerationAgreesWithLayeredBreadthFirstSearch(
            @ForAll @IntRange(min = 2, max = 4) int n,
            @ForAll @IntRange(min = 1, max = 4) int k,
            @ForAll long seed,
            @ForAll @IntRange(min = 0, max = 3) int edge) {
        List<Integer> tiles = new ArrayList<>();
        for (int v = 0; v < n * n; v++) {
            tiles.add(v);
        }
        Collections.shuffle(tiles, new Random(seed));
        Set<List<Integer>> layer = Set.of(List.copyOf(tiles));
        for (int d = 0; d < k; d++) {
            Set<List<Integer>> next = new HashSet<>();
            for (List<Integer> board : layer) {
                int blank = board.indexOf(0);
                int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
                for (int[] st : steps) {
                    int r = blank / n + st[0];
                    int c = blank % n + st[1];
                    if (r >= 0 && c >= 0 && r < n && c < n) {
                        List<Integer> moved = new ArrayList<>(board);
                        Collections.swap(moved, blank, r * n + c);
                        next.add(moved);
                    }
                }
            }
            layer = next;
        }
        Line line = List.of(Line.TOP_ROW, Line.BOTTOM_ROW, Line.LEFT_COLUMN, Line.RIGHT_COLUMN)
                .get(edge);
        TreeSet<Integer> sums = new TreeSet<>();
        for (List<Integer> board : layer) {
            int sum = 0;
            for (int i = 0; i < n; i++) {
                int index = switch (line) {
                    case TOP_ROW -> i;
                    case BOTTOM_ROW -> (n - 1) * n + i;
                    case LEFT_COLUMN -> i * n;
                    default -> i * n + n - 1;
                };
                sum += board.get(index);
            }
            sums.add(sum);
        }
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            grid.add(tiles.subList(r * n, (r + 1) * n));
        }
        assertThat(NumberSlideSolver.solve(new NumberSlideState(grid, Kind.COUNT, k, null, null, List.of()))
                        .answer())
                .isEqualTo(Integer.toString(layer.size()));
        assertThat(NumberSlideSolver.solve(
                                new NumberSlideState(grid, Kind.EXTREME_SUM, k, Statistic.MIN, line, List.of()))
                        .answer())
                .isEqualTo(Integer.toString(sums.first()));
        assertThat(NumberSlideSolver.solve(
                                new NumberSlideState(grid, Kind.EXTREME_SUM, k, Statistic.MAX, line, List.of()))
                        .answer())
                .isEqualTo(Integer.toString(sums.last()));
    }

    /** All three released question kinds are worded exactly as released, and the solution fields match. */
    @Test
    void everyReleasedQuestionAndSolutionIsReproducedExactly() throws Exception {
        ReleasedRecords.assertQuestionsAndSolutionsMatch(TYPE);
        Set<Kind> kinds = new TreeSet<>();
        ReleasedRecords.of(TYPE).forEach(line -> kinds.add(line.state().kind()));
        assertThat(kinds).containsExactly(Kind.values());
    }
}
