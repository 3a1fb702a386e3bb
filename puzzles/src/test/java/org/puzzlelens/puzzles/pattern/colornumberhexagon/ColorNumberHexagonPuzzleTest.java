package org.puzzlelens.puzzles.pattern.colornumberhexagon;

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
import org.puzzlelens.puzzles.pattern.common.LabelReader;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ColorNumberHexagonPuzzleTest extends PuzzleTypeContract<ColorNumberHexagonState> {
    private static final ColorNumberHexagonPuzzle TYPE = new ColorNumberHexagonPuzzle();
    private static final List<String> LABELS = LabelReader.numbersAndGap(1, 9);

    @Override
    protected PuzzleType<ColorNumberHexagonState> type() {
        return TYPE;
    }

    /** Colour sampled between each label and the hexagon's centre; the label read by template matching. */
    @Override
    protected ColorNumberHexagonState readPixels(BufferedImage image, ColorNumberHexagonState q) {
        Pixels px = Pixels.of(image, PatternDraw.CANVAS);
        LabelReader reader = LabelReader.of(image);
        List<PatternColour> colours = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i < Hexagon.PARTS; i++) {
            Point2D c = Hexagon.centre(i);
            colours.add(ColourReading.colour(
                    px, (c.getX() + Hexagon.CX) / 2, (c.getY() + Hexagon.CY) / 2, PatternColour::light));
            String text = reader.read(c.getX(), c.getY(), 18, 18, ColorNumberHexagonRenderer.FONT, LABELS);
            numbers.add(text.equals("?") ? null : Integer.valueOf(text));
        }
        return new ColorNumberHexagonState(colours, numbers);
    }

    private static final Pattern PART = Pattern.compile("the [a-z ]+ part is (\\w+) with (\\d+|\\?)");

    @Override
    protected ColorNumberHexagonState parseDescription(String description, ColorNumberHexagonState q) {
        Matcher m = PART.matcher(description);
        List<PatternColour> colours = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        while (m.find()) {
            colours.add(PatternColour.parse(m.group(1)));
            numbers.add(m.group(2).equals("?") ? null : Integer.valueOf(m.group(2)));
        }
        return new ColorNumberHexagonState(colours, numbers);
    }

    /** Every number 0..40 is tried in the gap; exactly one gives all same-colour pairs one sum. */
    @Property(tries = 300)
    void exactlyOneNumberFitsAndTheSolverFindsIt(@ForAll long seed, @ForAll @IntRange(min = 2, max = 18) int sum) {
        ColorNumberHexagonState s = ColorNumberHexagonGenerator.generate(
                new Parameters(Map.of("pair_sum", sum)), new SplittableRandom(seed));
        List<Integer> fitting = new ArrayList<>();
        for (int candidate = 0; candidate <= 40; candidate++) {
            List<Integer> n = new ArrayList<>(s.numbers());
            n.set(s.gap(), candidate);
            List<Integer> pairSums = new ArrayList<>();
            for (int i = 0; i < Hexagon.PARTS; i++) {
                for (int j = i + 1; j < Hexagon.PARTS; j++) {
                    if (s.colours().get(i) == s.colours().get(j)) {
                        pairSums.add(n.get(i) + n.get(j));
                    }
                }
            }
            if (pairSums.stream().distinct().count() == 1) {
                fitting.add(candidate);
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(ColorNumberHexagonSolver.solve(s).answer())
                .isEqualTo(fitting.get(0).toString());
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }

    @Test
    void questionAndTextsMatchTheReleasedWording() {
        PatternColour p = PatternColour.PURPLE;
        PatternColour o = PatternColour.ORANGE;
        PatternColour r = PatternColour.RED;
        ColorNumberHexagonState s =
                new ColorNumberHexagonState(List.of(p, o, r, r, p, o), Arrays.asList(3, 1, null, 1, 7, 9));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing number of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("9");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo("There is a hexagon split into six parts "
                        + "with the colors ['purple', 'orange', 'red', 'red', 'purple', 'orange'] in an anti-clockwise order. "
                        + "The parts are denoted with the numbers [3, 1, '?', 1, 7, 9] respectively.");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that the numbers in "
                        + "the parts of the same color add up to 10, the missing number of the red part should be 9.");
    }
}
