package org.puzzlelens.puzzles.pattern.triangle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.pattern.common.LabelReader;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class TrianglePuzzleTest extends PuzzleTypeContract<TriangleState> {
    private static final TrianglePuzzle TYPE = new TrianglePuzzle();
    private static final List<String> LABELS = LabelReader.numbersAndGap(1, 99);

    @Override
    protected PuzzleType<TriangleState> type() {
        return TYPE;
    }

    /** Reads each circle's label by template matching inside the circle. */
    @Override
    protected TriangleState readPixels(BufferedImage image, TriangleState q) {
        LabelReader reader = LabelReader.of(image);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < TriangleState.GROUPS; i++) {
            List<Integer> g = new ArrayList<>();
            for (int slot = 0; slot < 3; slot++) {
                Point2D c = TriangleRenderer.centre(i, slot);
                String text = reader.read(c.getX(), c.getY(), 24, 16, TriangleRenderer.FONT, LABELS);
                g.add(text.equals("?") ? null : Integer.valueOf(text));
            }
            groups.add(g);
        }
        return new TriangleState(groups);
    }

    private static final Pattern GROUP =
            Pattern.compile("Group (\\d) \\([a-z ]+\\): top (\\d+|\\?), bottom (\\d+|\\?), right (\\d+|\\?)\\.");

    @Override
    protected TriangleState parseDescription(String description, TriangleState q) {
        Matcher m = GROUP.matcher(description);
        List<List<Integer>> groups = new ArrayList<>();
        while (m.find()) {
            List<Integer> g = new ArrayList<>();
            for (int k = 2; k <= 4; k++) {
                g.add(m.group(k).equals("?") ? null : Integer.valueOf(m.group(k)));
            }
            groups.add(g);
        }
        return new TriangleState(groups);
    }

    /** Every candidate 1..200 is tried in the gap; exactly one makes all three groups products. */
    @Property
    void exactlyOneCandidateFitsAndTheSolverFindsIt(
            @ForAll @Size(6) List<@IntRange(min = 1, max = 12) Integer> factors,
            @ForAll @IntRange(min = 0, max = 2) int gapGroup,
            @ForAll @IntRange(min = 0, max = 2) int gapSlot) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            int a = factors.get(2 * i);
            int b = factors.get(2 * i + 1);
            groups.add(new ArrayList<>(List.of(a, b, a * b)));
        }
        groups.get(gapGroup).set(gapSlot, null);
        TriangleState s = new TriangleState(groups);
        List<Integer> fitting = new ArrayList<>();
        for (int candidate = 1; candidate <= 200; candidate++) {
            List<Integer> filled = new ArrayList<>(groups.get(gapGroup));
            filled.set(gapSlot, candidate);
            if (filled.get(0) * filled.get(1) == filled.get(2)) {
                fitting.add(candidate);
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(TriangleSolver.solve(s).answer()).isEqualTo(fitting.get(0).toString());
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        TriangleState s = new TriangleState(
                List.of(new ArrayList<>(Arrays.asList(4, 5, null)), List.of(3, 1, 3), List.of(9, 7, 63)));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing number of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("20");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo("There are three groups of numbers with a "
                        + "triangle arrangement in the image. The first group is [4, 5, '?'], the second group is [3, 1, 3], "
                        + "and the third group is [9, 7, 63].");
        assertThat(solution.topLevel().get("explanation").asText())
                .isEqualTo("We observe that the number 3 is the "
                        + "product of 1 and 3. Similarly, the number 63 is the product of 7 and 9. Hence, the pattern is that "
                        + "the rightmost number in each group is the product of the other two numbers.");
    }

    @Test
    void aCaptionBreakingThePatternIsRejected() {
        var record = Json.object();
        record.put(
                "caption",
                "There are three groups of numbers with a triangle arrangement in the image. The first "
                        + "group is [4, 5, '?'], the second group is [3, 1, 4], and the third group is [9, 7, 63].");
        assertThatThrownBy(() -> TYPE.fromReleased(record)).isInstanceOf(MalformedRecordException.class);
    }
}
