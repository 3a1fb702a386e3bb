package org.puzzlelens.puzzles.pattern.venn;

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
import org.puzzlelens.puzzles.pattern.common.LabelReader;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class VennPuzzleTest extends PuzzleTypeContract<VennState> {
    private static final VennPuzzle TYPE = new VennPuzzle();
    private static final List<String> LABELS = LabelReader.numbersAndGap(1, 40);

    @Override
    protected PuzzleType<VennState> type() {
        return TYPE;
    }

    /** Reads the five labels by template matching inside each circle's own part and each lens. */
    @Override
    protected VennState readPixels(BufferedImage image, VennState q) {
        LabelReader reader = LabelReader.of(image);
        List<Integer> circles = new ArrayList<>();
        for (double x : VennRenderer.CIRCLE_LABELS) {
            String text = reader.read(x, VennRenderer.CY, 24, 16, VennRenderer.FONT, LABELS);
            circles.add(text.equals("?") ? null : Integer.valueOf(text));
        }
        List<Integer> overlaps = new ArrayList<>();
        for (double x : VennRenderer.OVERLAP_LABELS) {
            overlaps.add(Integer.valueOf(reader.read(x, VennRenderer.CY, 24, 16, VennRenderer.FONT, LABELS)));
        }
        return new VennState(circles, overlaps);
    }

    private static final Pattern HOLDS = Pattern.compile("holds (\\d+|\\?)");

    @Override
    protected VennState parseDescription(String description, VennState q) {
        Matcher m = HOLDS.matcher(description);
        List<Integer> in = new ArrayList<>();
        while (m.find()) {
            in.add(m.group(1).equals("?") ? null : Integer.valueOf(m.group(1)));
        }
        return new VennState(Arrays.asList(in.get(0), in.get(2), in.get(4)), List.of(in.get(1), in.get(3)));
    }

    /** Every number 1..60 is tried in the unknown circle; exactly one makes both overlaps sums of their circles. */
    @Property(tries = 300)
    void exactlyOneNumberFitsAndTheSolverFindsIt(@ForAll long seed, @ForAll @IntRange(min = 4, max = 20) int max) {
        VennState s = VennGenerator.generate(new Parameters(Map.of("max_number", max)), new SplittableRandom(seed));
        List<Integer> fitting = new ArrayList<>();
        for (int candidate = 1; candidate <= 60; candidate++) {
            List<Integer> c = new ArrayList<>(s.circles());
            c.set(s.gap(), candidate);
            if (c.get(0) + c.get(1) == s.overlaps().get(0)
                    && c.get(1) + c.get(2) == s.overlaps().get(1)) {
                fitting.add(candidate);
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(VennSolver.solve(s).answer()).isEqualTo(fitting.get(0).toString());
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }

    @Test
    void questionAndTextsMatchTheReleasedWording() {
        VennState s = new VennState(Arrays.asList(7, 9, null), List.of(16, 10));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing number of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("1");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo(
                        "There are 3 overlapping circles containing "
                                + "the numbers [7, 9, '?']. The overlapping part between the first and second circle contains the "
                                + "number 16. The overlapping part between the second and third circle contains the number 10.");
        assertThat(solution.topLevel().get("explanation").asText())
                .isEqualTo("We observe that the circles with 7 and "
                        + "9 overlap to form the part 16, where 7 + 9 = 16. Hence, the pattern is most likely that the numbers "
                        + "in the overlapping parts are the sum of the numbers in the corresponding circles.");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that the numbers in "
                        + "the overlapping parts are the sum of the numbers in the corresponding circles, the missing number of "
                        + "the circle where the overlapping part is 10 should be 1.");
    }
}
