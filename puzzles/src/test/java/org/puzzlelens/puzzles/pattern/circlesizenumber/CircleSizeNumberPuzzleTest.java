package org.puzzlelens.puzzles.pattern.circlesizenumber;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.ShapeReader;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class CircleSizeNumberPuzzleTest extends PuzzleTypeContract<CircleSizeNumberState> {
    private static final CircleSizeNumberPuzzle TYPE = new CircleSizeNumberPuzzle();
    private static final List<String> GLYPHS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "?");
    private static final double WINDOW = 24;

    @Override
    protected PuzzleType<CircleSizeNumberState> type() {
        return TYPE;
    }

    /** Reads each circle's glyph by matching it against every candidate glyph drawn alone, and its radius by reach. */
    @Override
    protected CircleSizeNumberState readPixels(BufferedImage image, CircleSizeNumberState q) {
        Pixels px = Pixels.of(image, PatternDraw.CANVAS);
        ShapeReader reader = new ShapeReader(px, CircleSizeNumberRenderer.FILL);
        int n = q.numbers().size();
        List<String> numbers = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point2D p = CircleSizeNumberRenderer.centre(n, i);
            numbers.add(GLYPHS.stream()
                    .min(Comparator.comparingLong(glyph -> mismatch(px, p, glyph)))
                    .orElseThrow());
            double radius = reader.meanReach(p.getX(), p.getY(), 30) + CircleSizeNumberRenderer.STROKE / 2;
            sizes.add(IntStream.rangeClosed(1, CircleSizeNumberRenderer.sizeLevels(n))
                    .boxed()
                    .min(Comparator.comparingDouble(s -> Math.abs(CircleSizeNumberRenderer.radius(n, s) - radius)))
                    .orElseThrow());
        }
        return new CircleSizeNumberState(numbers, sizes);
    }

    private static long mismatch(Pixels px, Point2D p, String glyph) {
        int side = (int) Math.ceil(2 * WINDOW * px.scale());
        BufferedImage patch = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = patch.createGraphics();
        g.setColor(CircleSizeNumberRenderer.FILL);
        g.fillRect(0, 0, side, side);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.scale(px.scale(), px.scale());
        Draw.centred(g, glyph, Fonts.sans(CircleSizeNumberRenderer.TEXT_SIZE), WINDOW, WINDOW);
        g.dispose();
        Pixels template = new Pixels(patch, px.scale());
        long sum = 0;
        for (double dy = 0; dy < 2 * WINDOW; dy += 0.5) {
            for (double dx = 0; dx < 2 * WINDOW; dx += 0.5) {
                sum += Math.abs(template.at(dx, dy).getRed()
                        - px.at(p.getX() - WINDOW + dx, p.getY() - WINDOW + dy).getRed());
            }
        }
        return sum;
    }

    @Override
    protected CircleSizeNumberState parseDescription(String description, CircleSizeNumberState q) {
        List<List<String>> lists = PyList.all(description);
        assertThat(lists).as(description).hasSize(2);
        return new CircleSizeNumberState(
                lists.get(0), lists.get(1).stream().map(Integer::valueOf).toList());
    }

    /**
     * Generated rings of every preset: of the numbers 1..9 put in the hole, exactly one keeps "bigger number,
     * bigger circle" true between every pair of circles, and it is the solver's answer.
     */
    @Property
    void exactlyOneNumberKeepsSizesInStep(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Preset preset = Preset.values()[rng.nextInt(Preset.values().length)];
        CircleSizeNumberState s = CircleSizeNumberGenerator.generate(
                Parameters.draw(CircleSizeNumberGenerator.PARAMS, preset, Map.of(), rng), rng);
        List<String> fitting = IntStream.rangeClosed(1, 9)
                .mapToObj(Integer::toString)
                .filter(candidate -> inStep(s, candidate))
                .toList();
        assertThat(fitting).hasSize(1);
        assertThat(CircleSizeNumberSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    private static boolean inStep(CircleSizeNumberState s, String candidate) {
        List<Integer> numbers = s.numbers().stream()
                .map(n -> Integer.valueOf(n.equals(PyList.MISSING) ? candidate : n))
                .toList();
        for (int i = 0; i < numbers.size(); i++) {
            for (int j = 0; j < numbers.size(); j++) {
                if (Integer.compare(numbers.get(i), numbers.get(j))
                        != Integer.compare(s.sizes().get(i), s.sizes().get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void questionAndCaptionFollowTheReleasedWording() {
        CircleSizeNumberState s =
                new CircleSizeNumberState(List.of("4", "1", "6", "?", "6", "1"), List.of(2, 1, 3, 2, 3, 1));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing number of the part denoted with a question mark?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .startsWith("There are 6 numbered circles with varying sizes arranged in a "
                        + "ring with number [4, 1, 6, '?', 6, 1] in a clockwise order.");
        assertThat(top.get("explanation").asText())
                .isEqualTo("We observe that the size of the circle is related to the "
                        + "number in the circle. The circle with the largest value 6 seems to be the biggest and the circle with the "
                        + "smallest value 1 seems to be the smallest. Thus, the pattern is that the larger the number the larger the "
                        + "circle.");
        assertThat(top.get("deduction").asText())
                .isEqualTo("Based on the pattern that the larger the number the larger "
                        + "the circle, the missing number of the circle denoted with a question mark should be 4.");
    }

    /** The released captions never state the circle sizes, so no released record can be read (0 of 100). */
    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.assertAgrees(TYPE, 0);
    }
}
