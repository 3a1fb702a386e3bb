package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.ColourReading;
import org.puzzlelens.puzzles.pattern.common.MeasuredPartsText;
import org.puzzlelens.puzzles.pattern.common.OneMarkPerKey;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.RowReading;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class RectangleHeightColorPuzzleTest extends PuzzleTypeContract<RectangleHeightColorState> {
    private static final RectangleHeightColorPuzzle TYPE = new RectangleHeightColorPuzzle();

    @Override
    protected PuzzleType<RectangleHeightColorState> type() {
        return TYPE;
    }

    /** Measures each rectangle's height along a column and takes the nearest palette colour below its centre. */
    @Override
    protected RectangleHeightColorState readPixels(BufferedImage image, RectangleHeightColorState q) {
        Pixels px = Pixels.of(image, RectangleHeightColorRenderer.CANVAS);
        int n = q.lengths().size();
        List<Integer> lengths = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lengths.add(RowReading.length(px, i, n));
            colours.add(ColourReading.word(px, RectangleRow.centreX(i, n), RectangleRow.CENTRE_Y + 45));
        }
        return new RectangleHeightColorState(lengths, colours);
    }

    private static final Pattern RECTANGLE = Pattern.compile("a (\\w+) (short|medium|long) rectangle");

    @Override
    protected RectangleHeightColorState parseDescription(String description, RectangleHeightColorState q) {
        return MeasuredPartsText.read(
                description,
                RECTANGLE,
                m -> RectangleRow.lengthOf(m.group(2)),
                m -> MeasuredPartsText.colour(m.group(1)),
                RectangleHeightColorState::new);
    }

    /** Each palette colour is tried in the gap; exactly one keeps every length to a single colour. */
    @Property
    void exactlyOneCandidateFitsAndTheSolverFindsIt(
            @ForAll @Size(7) List<@IntRange(min = 1, max = 3) Integer> lengths,
            @ForAll @IntRange(min = 0, max = 6) int missing,
            @ForAll @IntRange(min = 0, max = 5) int shift) {
        Assume.that(Collections.frequency(lengths, lengths.get(missing)) > 1);
        List<String> colours = new ArrayList<>(lengths.stream()
                .map(l -> PatternColour.words().get((l + shift) % 6))
                .toList());
        colours.set(missing, PyList.MISSING);
        List<String> fitting = OneMarkPerKey.fitting(lengths, colours, missing, PatternColour.words());
        assertThat(fitting).hasSize(1);
        assertThat(RectangleHeightColorSolver.solve(new RectangleHeightColorState(lengths, colours))
                        .answer())
                .isEqualTo(fitting.get(0));
    }

    @Test
    void aHiddenLengthNoOtherRectangleHasHasNoAnswer() {
        var s = new RectangleHeightColorState(
                List.of(2, 2, 1, 1, 2, 1, 3), List.of("red", "red", "blue", "blue", "red", "blue", "?"));
        assertThatThrownBy(() -> RectangleHeightColorSolver.solve(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void questionAndReleasedFieldsMatchTheReleasedWording() {
        var s = new RectangleHeightColorState(
                List.of(3, 1, 2, 3, 2, 1, 3), List.of("purple", "blue", "yellow", "purple", "yellow", "blue", "?"));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing color of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("purple");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo("There are 7 rectangles in the image with "
                        + "varying colors and lengths. The lengths from left to right are ['long', 'short', 'medium', 'long', "
                        + "'medium', 'short', 'long']. The colors from left to right are ['purple', 'blue', 'yellow', 'purple', "
                        + "'yellow', 'blue', '?'].");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that the color of "
                        + "each rectangle corresponds to its length, the missing color of the part denoted with a question mark "
                        + "should be purple.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }
}
