package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.LabelReader;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class GridNumberColorPuzzleTest extends PuzzleTypeContract<GridNumberColorState> {
    private static final GridNumberColorPuzzle TYPE = new GridNumberColorPuzzle();
    private static final List<String> LABELS = LabelReader.numbersAndGap(1, 9);

    @Override
    protected PuzzleType<GridNumberColorState> type() {
        return TYPE;
    }

    /** Colours from a sample inside each cell's corner, numbers by template matching; the gap's number from the question. */
    @Override
    protected GridNumberColorState readPixels(BufferedImage image, GridNumberColorState q) {
        Pixels px = Pixels.of(image, PatternDraw.CANVAS);
        LabelReader reader = LabelReader.of(image);
        Grid3 grid = GridNumberColorRenderer.GRID;
        List<Integer> numbers = new ArrayList<>();
        List<PatternColour> colours = new ArrayList<>();
        for (int i = 0; i < Grid3.CELLS; i++) {
            double cx = grid.centreX(i);
            double cy = grid.centreY(i);
            colours.add(ColourReading.colour(px, cx - 45, cy - 45, PatternColour::strong));
            String text = reader.read(cx, cy, 40, 30, GridNumberColorRenderer.FONT, LABELS);
            numbers.add(text.equals("?") ? q.askedNumber() : Integer.parseInt(text));
        }
        return new GridNumberColorState(numbers, colours);
    }

    private static final Pattern CELL = Pattern.compile("(\\w+) (\\d)(?=[,.])|\\?");

    @Override
    protected GridNumberColorState parseDescription(String description, GridNumberColorState q) {
        Matcher m = CELL.matcher(description.substring(description.indexOf("Row 1")));
        List<Integer> numbers = new ArrayList<>();
        List<PatternColour> colours = new ArrayList<>();
        while (m.find()) {
            boolean gap = m.group().equals("?");
            colours.add(gap ? null : PatternColour.parse(m.group(1)));
            numbers.add(gap ? q.askedNumber() : Integer.parseInt(m.group(2)));
        }
        return new GridNumberColorState(numbers, colours);
    }

    /** Every colour is tried in the gap; exactly one keeps "same number, same colour" over the grid. */
    @Property(tries = 300)
    void exactlyOneColourFitsAndTheSolverFindsIt(@ForAll long seed, @ForAll @IntRange(min = 2, max = 6) int k) {
        GridNumberColorState s = GridNumberColorGenerator.generate(
                new Parameters(Map.of("distinct_numbers", k)), new SplittableRandom(seed));
        List<String> fitting = new ArrayList<>();
        for (PatternColour candidate : PatternColour.values()) {
            List<PatternColour> filled = new ArrayList<>(s.colours());
            filled.set(s.gap(), candidate);
            boolean consistent = true;
            for (int i = 0; i < Grid3.CELLS; i++) {
                for (int j = 0; j < Grid3.CELLS; j++) {
                    consistent &= !s.numbers().get(i).equals(s.numbers().get(j)) || filled.get(i) == filled.get(j);
                }
            }
            if (consistent) {
                fitting.add(candidate.word());
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(GridNumberColorSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }

    @Test
    void questionAndTextsMatchTheReleasedWording() {
        PatternColour r = PatternColour.RED;
        PatternColour p = PatternColour.PURPLE;
        PatternColour g = PatternColour.GREEN;
        PatternColour o = PatternColour.ORANGE;
        GridNumberColorState s = new GridNumberColorState(
                List.of(9, 7, 9, 3, 3, 7, 1, 1, 3), Arrays.asList(r, p, r, null, g, p, o, o, g));
        assertThat(TYPE.question(s))
                .isEqualTo("What is the missing color if the part denoted with the question mark has the number 3?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("green");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo("There is a 3x3 colored grid of numbers. "
                        + "The first row has number-color pair [(9, 'red'), (7, 'purple'), (9, 'red')], the second row is "
                        + "[(3, '?'), (3, 'green'), (7, 'purple')], and the third and final row is [(1, 'orange'), (1, 'orange'), "
                        + "(3, 'green')].");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo(
                        "Based on the pattern that the grid cell "
                                + "with the same number will have the same color, the missing color of the part with 3 should be green.");
    }
}
