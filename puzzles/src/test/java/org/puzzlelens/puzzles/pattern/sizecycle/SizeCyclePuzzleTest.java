package org.puzzlelens.puzzles.pattern.sizecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.ShapeReader;
import org.puzzlelens.puzzles.pattern.common.Size;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class SizeCyclePuzzleTest extends PuzzleTypeContract<SizeCycleState> {
    private static final SizeCyclePuzzle TYPE = new SizeCyclePuzzle();

    @Override
    protected PuzzleType<SizeCycleState> type() {
        return TYPE;
    }

    @Override
    protected int optionCount() {
        return 3;
    }

    /**
     * Finds the turn whose layout puts the most circle centres on fill, each circle centred across its
     * arm, then measures the circle at each place; no fill there means the question mark.
     */
    @Override
    protected SizeCycleState readPixels(BufferedImage image, SizeCycleState q) {
        ShapeReader reader = new ShapeReader(Pixels.of(image, PatternDraw.CANVAS), SizeCycleRenderer.FILL);
        int armCount = q.arms().size();
        int turn = IntStream.range(0, 360 / armCount)
                .boxed()
                .max(Comparator.comparingDouble(t -> alignment(reader, armCount, t)))
                .orElseThrow();
        List<List<String>> arms = new ArrayList<>();
        for (int a = 0; a < armCount; a++) {
            List<String> arm = new ArrayList<>();
            for (int c = 0; c < SizeCycleState.PER_ARM; c++) {
                Point2D p = SizeCycleRenderer.centre(armCount, turn, a, c);
                if (!reader.filledAt(p.getX(), p.getY())) {
                    arm.add(PyList.MISSING);
                    continue;
                }
                double reach = reader.meanReach(p.getX(), p.getY(), 0) + SizeCycleRenderer.STROKE / 2;
                arm.add(Size.WORDS.get(ShapeReader.nearest(SizeCycleRenderer.RADIUS, reach)));
            }
            arms.add(arm);
        }
        return new SizeCycleState(arms, turn);
    }

    /** Filled centres count first; then circles must reach equally far both ways across their arm. */
    private static double alignment(ShapeReader reader, int armCount, int turn) {
        double score = 0;
        for (int a = 0; a < armCount; a++) {
            for (int c = 0; c < SizeCycleState.PER_ARM; c++) {
                Point2D p = SizeCycleRenderer.centre(armCount, turn, a, c);
                if (reader.filledAt(p.getX(), p.getY())) {
                    double across = turn + a * 360.0 / armCount + SizeCycleRenderer.TURN.get(c) + 90;
                    score += 1000
                            - Math.abs(reader.reach(p.getX(), p.getY(), across, 0)
                                    - reader.reach(p.getX(), p.getY(), across + 180, 0));
                }
            }
        }
        return score;
    }

    @Override
    protected SizeCycleState visibleAndAsked(PuzzleInstance inst) {
        return new SizeCycleState(state(inst).arms(), 0);
    }

    private static final Pattern TURN = Pattern.compile("the first one starting (\\d+) degrees");
    private static final Pattern ARM = Pattern.compile("arm has circles of sizes (\\[[^\\]]*])");

    @Override
    protected SizeCycleState parseDescription(String description, SizeCycleState q) {
        Matcher m = ARM.matcher(description);
        List<List<String>> arms = new ArrayList<>();
        while (m.find()) {
            arms.add(PyList.all(m.group(1)).get(0));
        }
        Matcher turn = TURN.matcher(description);
        assertThat(turn.find()).as(description).isTrue();
        return new SizeCycleState(arms, Integer.parseInt(turn.group(1)));
    }

    /** Tries every size in the hole: exactly one makes all arms the same sequence, and it is the answer. */
    @Property
    void exactlyOneSizeCompletesThePattern(
            @ForAll @IntRange(min = 2, max = 5) int armCount,
            @ForAll @IntRange(min = 0, max = 4) int hiddenArm,
            @ForAll @IntRange(min = 0, max = 2) int hiddenCircle) {
        List<List<String>> arms = new ArrayList<>();
        for (int a = 0; a < armCount; a++) {
            List<String> arm = new ArrayList<>(Size.WORDS);
            if (a == hiddenArm % armCount) {
                arm.set(hiddenCircle, PyList.MISSING);
            }
            arms.add(arm);
        }
        SizeCycleState s = new SizeCycleState(arms, 0);
        List<String> fitting =
                Size.WORDS.stream().filter(size -> allArmsAlike(s, size)).toList();
        assertThat(fitting).hasSize(1);
        assertThat(SizeCycleSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    private static boolean allArmsAlike(SizeCycleState s, String size) {
        return s.arms().stream()
                        .map(arm -> arm.stream()
                                .map(v -> v.equals(PyList.MISSING) ? size : v)
                                .toList())
                        .distinct()
                        .count()
                == 1;
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        SizeCycleState s = new SizeCycleState(
                List.of(
                        List.of("small", "medium", "?"),
                        List.of("small", "medium", "large"),
                        List.of("small", "medium", "large")),
                10);
        assertThat(TYPE.question(s)).isEqualTo("What is the size of the missing circle denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("large");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo(
                        "There are circles arranged in a spiral with "
                                + "three arms. The first arm has circles of sizes ['small', 'medium', '?'], the second arm has circles of "
                                + "sizes ['small', 'medium', 'large'], and the third arm has circles of sizes ['small', 'medium', 'large'].");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that the circles in "
                        + "each arm get bigger as they progress away from the center of the spiral, the size of the missing part "
                        + "that is farthest from center should be large.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.assertAgrees(TYPE, 100);
    }
}
