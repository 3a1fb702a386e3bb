package org.puzzlelens.puzzles.pattern.colorgrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
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
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.ColourReading;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ColorGridPuzzleTest extends PuzzleTypeContract<ColorGridState> {
    private static final ColorGridPuzzle TYPE = new ColorGridPuzzle();

    @Override
    protected PuzzleType<ColorGridState> type() {
        return TYPE;
    }

    /** Samples each circle halfway out from its centre (the question mark's ink is at the centre only). */
    @Override
    protected ColorGridState readPixels(BufferedImage image, ColorGridState q) {
        Pixels px = Pixels.of(image, PatternDraw.CANVAS);
        Grid3 grid = ColorGridRenderer.GRID;
        List<PatternColour> colours = new ArrayList<>();
        for (int i = 0; i < Grid3.CELLS; i++) {
            double x = grid.centreX(i) - ColorGridRenderer.RADIUS / 2;
            double y = grid.centreY(i) - ColorGridRenderer.RADIUS / 2;
            boolean blank = px.near(x, y, Color.WHITE, 10);
            colours.add(blank ? null : ColourReading.colour(px, x, y, PatternColour::strong));
        }
        return new ColorGridState(colours);
    }

    private static final Pattern ROW = Pattern.compile("Row \\d from the top: ([^.]+)\\.");

    @Override
    protected ColorGridState parseDescription(String description, ColorGridState q) {
        Matcher m = ROW.matcher(description);
        List<PatternColour> colours = new ArrayList<>();
        while (m.find()) {
            for (String v : m.group(1).split(", ")) {
                colours.add(v.equals("?") ? null : PatternColour.parse(v));
            }
        }
        return new ColorGridState(colours);
    }

    /** Every colour is tried in the gap; exactly one makes all corners alike and all edge circles alike. */
    @Property(tries = 200)
    void exactlyOneColourFitsAndTheSolverFindsIt(@ForAll long seed, @ForAll boolean corner) {
        ColorGridState s = ColorGridGenerator.generate(
                new Parameters(Map.of("hidden", corner ? "corner" : "edge")), new SplittableRandom(seed));
        List<String> fitting = new ArrayList<>();
        for (PatternColour candidate : PatternColour.values()) {
            List<PatternColour> c = new ArrayList<>(s.colours());
            c.set(s.gap(), candidate);
            boolean corners = c.get(0) == c.get(2) && c.get(2) == c.get(6) && c.get(6) == c.get(8);
            boolean edges = c.get(1) == c.get(3) && c.get(3) == c.get(5) && c.get(5) == c.get(7);
            if (corners && edges) {
                fitting.add(candidate.word());
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(ColorGridSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }

    @Test
    void questionAndTextsMatchTheReleasedWording() {
        PatternColour r = PatternColour.RED;
        PatternColour o = PatternColour.ORANGE;
        ColorGridState s = new ColorGridState(Arrays.asList(r, o, r, o, PatternColour.BLUE, o, r, null, r));
        assertThat(TYPE.question(s)).isEqualTo("What is the color of the missing part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("orange");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo("There are circles with different colors "
                        + "arranged with a grid formation in the image. The colors in the first row are ['red', 'orange', "
                        + "'red'], the colors in the second row are ['orange', 'blue', 'orange'], and the colors in the third "
                        + "row are ['red', '?', 'red'].");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that the circles "
                        + "alternate in color depending on if they are at the corner or adjacent to the center, the missing "
                        + "color of the part that is adjacent to the center should be orange.");
    }
}
