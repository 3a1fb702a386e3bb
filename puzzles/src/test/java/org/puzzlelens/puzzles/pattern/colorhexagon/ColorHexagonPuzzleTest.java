package org.puzzlelens.puzzles.pattern.colorhexagon;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.ColourReading;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ColorHexagonPuzzleTest extends PuzzleTypeContract<ColorHexagonState> {
    private static final ColorHexagonPuzzle TYPE = new ColorHexagonPuzzle();

    @Override
    protected PuzzleType<ColorHexagonState> type() {
        return TYPE;
    }

    /** Samples each part between its centroid and the hexagon's centre, clear of the question mark. */
    @Override
    protected ColorHexagonState readPixels(BufferedImage image, ColorHexagonState q) {
        Pixels px = Pixels.of(image, PatternDraw.CANVAS);
        List<PatternColour> colours = new ArrayList<>();
        for (int i = 0; i < Hexagon.PARTS; i++) {
            Point2D c = Hexagon.centre(i);
            colours.add(ColourReading.colour(
                    px, (c.getX() * 2 + Hexagon.CX) / 3, (c.getY() * 2 + Hexagon.CY) / 3, PatternColour::strong));
        }
        return new ColorHexagonState(colours);
    }

    private static final Pattern PART = Pattern.compile("the [a-z ]+ part is (\\w+)");

    @Override
    protected ColorHexagonState parseDescription(String description, ColorHexagonState q) {
        Matcher m = PART.matcher(description);
        List<PatternColour> colours = new ArrayList<>();
        while (m.find()) {
            colours.add(m.group(1).equals("grey") ? null : PatternColour.parse(m.group(1)));
        }
        return new ColorHexagonState(colours);
    }

    /** Every colour is tried in the gap; exactly one makes every pair of opposite parts alike. */
    @Property(tries = 200)
    void exactlyOneColourFitsAndTheSolverFindsIt(@ForAll long seed, @ForAll @IntRange(min = 1, max = 3) int distinct) {
        ColorHexagonState s = ColorHexagonGenerator.generate(
                new Parameters(Map.of("distinct_colours", distinct)), new SplittableRandom(seed));
        List<String> fitting = new ArrayList<>();
        for (PatternColour candidate : PatternColour.values()) {
            List<PatternColour> c = new ArrayList<>(s.colours());
            c.set(s.gap(), candidate);
            if (c.get(0) == c.get(3) && c.get(1) == c.get(4) && c.get(2) == c.get(5)) {
                fitting.add(candidate.word());
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(ColorHexagonSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }

    @Test
    void questionAndTextsMatchTheReleasedWording() {
        PatternColour p = PatternColour.PURPLE;
        PatternColour y = PatternColour.YELLOW;
        ColorHexagonState s = new ColorHexagonState(Arrays.asList(p, null, y, p, PatternColour.GREEN, y));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing color of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("green");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo(
                        "There is a hexagon split into six parts "
                                + "with the colors ['purple', '?', 'yellow', 'purple', 'green', 'yellow'] in an anti-clockwise order.");
        assertThat(solution.topLevel().get("explanation").asText())
                .isEqualTo("We observe that a purple part is "
                        + "opposite another purple part, and a yellow part is opposite another yellow part. Thus, the pattern "
                        + "is that the colors in opposite parts are the same.");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that spatially "
                        + "opposite parts have the same color, the missing color of the part which is opposite a green part "
                        + "should be green.");
    }
}
