package org.puzzlelens.puzzles.pattern.gridnumber;

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
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.LabelReader;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class GridNumberPuzzleTest extends PuzzleTypeContract<GridNumberState> {
    private static final GridNumberPuzzle TYPE = new GridNumberPuzzle();
    private static final List<String> LABELS = LabelReader.numbersAndGap(1, 19);

    @Override
    protected PuzzleType<GridNumberState> type() {
        return TYPE;
    }

    @Override
    protected GridNumberState readPixels(BufferedImage image, GridNumberState q) {
        LabelReader reader = LabelReader.of(image);
        Grid3 grid = GridNumberRenderer.GRID;
        List<Integer> cells = new ArrayList<>();
        for (int i = 0; i < Grid3.CELLS; i++) {
            String text = reader.read(grid.centreX(i), grid.centreY(i), 40, 30, GridNumberRenderer.FONT, LABELS);
            cells.add(text.equals("?") ? null : Integer.valueOf(text));
        }
        return new GridNumberState(cells);
    }

    private static final Pattern ROW = Pattern.compile("Row \\d from the top: ([^.]+)\\.");

    @Override
    protected GridNumberState parseDescription(String description, GridNumberState q) {
        Matcher m = ROW.matcher(description);
        List<Integer> cells = new ArrayList<>();
        while (m.find()) {
            for (String v : m.group(1).split(", ")) {
                cells.add(v.equals("?") ? null : Integer.valueOf(v));
            }
        }
        return new GridNumberState(cells);
    }

    /** Every candidate 1..60 is tried in the gap; exactly one makes all three row sums equal. */
    @Property(tries = 300)
    void exactlyOneCandidateFitsAndTheSolverFindsIt(@ForAll long seed, @ForAll @IntRange(min = 3, max = 15) int max) {
        GridNumberState s =
                GridNumberGenerator.generate(new Parameters(Map.of("max_number", max)), new SplittableRandom(seed));
        List<Integer> fitting = new ArrayList<>();
        for (int candidate = 1; candidate <= 60; candidate++) {
            List<Integer> filled = new ArrayList<>(s.cells());
            filled.set(s.gap(), candidate);
            List<Integer> sums = Grid3.rows(filled).stream()
                    .map(r -> r.stream().mapToInt(Integer::intValue).sum())
                    .distinct()
                    .toList();
            if (sums.size() == 1) {
                fitting.add(candidate);
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(GridNumberSolver.solve(s).answer()).isEqualTo(fitting.get(0).toString());
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        GridNumberState s = new GridNumberState(Arrays.asList(7, 3, 7, 5, 5, 7, 9, 3, null));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing number of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("5");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo("There is a 3x3 grid of numbers. The first "
                        + "row is [7, 3, 7]. The second row is [5, 5, 7]. The third and last row is [9, 3, '?'].");
        assertThat(solution.topLevel().get("explanation").asText())
                .isEqualTo("We observe that [7, 3, 7] sums to 17, "
                        + "and [5, 5, 7] also sums to 17. Thus, the pattern is that the numbers in each row add up to the same "
                        + "value.");
    }
}
