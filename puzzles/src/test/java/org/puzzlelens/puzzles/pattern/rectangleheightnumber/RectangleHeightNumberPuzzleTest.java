package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

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
import org.puzzlelens.puzzles.pattern.common.LabelReader;
import org.puzzlelens.puzzles.pattern.common.MeasuredPartsText;
import org.puzzlelens.puzzles.pattern.common.OneMarkPerKey;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.RowReading;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class RectangleHeightNumberPuzzleTest extends PuzzleTypeContract<RectangleHeightNumberState> {
    private static final RectangleHeightNumberPuzzle TYPE = new RectangleHeightNumberPuzzle();

    @Override
    protected PuzzleType<RectangleHeightNumberState> type() {
        return TYPE;
    }

    /** Measures each rectangle's height along a column and reads its label by glyph matching. */
    @Override
    protected RectangleHeightNumberState readPixels(BufferedImage image, RectangleHeightNumberState q) {
        Pixels px = Pixels.of(image, RectangleHeightNumberRenderer.CANVAS);
        int n = q.lengths().size();
        List<String> candidates = new ArrayList<>(LabelReader.numbers(1, 9));
        candidates.add(PyList.MISSING);
        List<Integer> lengths = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lengths.add(RowReading.length(px, i, n));
            labels.add(LabelReader.of(image)
                    .read(RectangleRow.centreX(i, n), RectangleRow.CENTRE_Y, RowReading.labelSize(n), candidates));
        }
        return new RectangleHeightNumberState(lengths, labels);
    }

    private static final Pattern RECTANGLE =
            Pattern.compile("a (short|medium|long) rectangle showing (?:the number (\\d)|(a question mark))");

    @Override
    protected RectangleHeightNumberState parseDescription(String description, RectangleHeightNumberState q) {
        return MeasuredPartsText.read(
                description,
                RECTANGLE,
                m -> RectangleRow.lengthOf(m.group(1)),
                m -> m.group(3) != null ? PyList.MISSING : m.group(2),
                RectangleHeightNumberState::new);
    }

    /** Each number 1..4 is tried in the gap; exactly one keeps every length to a single number. */
    @Property
    void exactlyOneCandidateFitsAndTheSolverFindsIt(
            @ForAll @Size(7) List<@IntRange(min = 1, max = 3) Integer> lengths,
            @ForAll @IntRange(min = 0, max = 6) int missing) {
        Assume.that(Collections.frequency(lengths, lengths.get(missing)) > 1);
        List<String> labels =
                new ArrayList<>(lengths.stream().map(String::valueOf).toList());
        labels.set(missing, PyList.MISSING);
        List<String> fitting = OneMarkPerKey.fitting(lengths, labels, missing, LabelReader.numbers(1, 4));
        assertThat(fitting).hasSize(1);
        assertThat(RectangleHeightNumberSolver.solve(new RectangleHeightNumberState(lengths, labels))
                        .answer())
                .isEqualTo(fitting.get(0));
    }

    @Test
    void aLengthWithTwoNumbersHasNoPattern() {
        var s = new RectangleHeightNumberState(
                List.of(2, 1, 3, 2, 3, 1, 2), List.of("2", "1", "3", "1", "3", "1", "?"));
        assertThatThrownBy(() -> RectangleHeightNumberSolver.solve(s)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TYPE.fromFacts(s, TYPE.facts(s))).isEmpty();
    }

    @Test
    void questionAndReleasedFieldsMatchTheReleasedWording() {
        var s = new RectangleHeightNumberState(
                List.of(2, 1, 3, 2, 3, 1, 2), List.of("2", "1", "3", "2", "3", "1", "?"));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing number of the part denoted with a question mark?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .isEqualTo("There are 7 rectangles in the image with varying lengths and "
                        + "numbers inside them. The numbers from left to right are [2, 1, 3, 2, 3, 1, '?']. The lengths from "
                        + "left to right are ['medium', 'short', 'long', 'medium', 'long', 'short', 'medium'].");
        assertThat(top.get("explanation").asText())
                .isEqualTo("We observe that the short rectangles are denoted as 1, "
                        + "the medium rectangles are denoted as 2, and the long rectangles are denoted as 3. Hence, the pattern "
                        + "is that the number in each rectangle corresponds to its length.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }
}
