package org.puzzlelens.puzzles.algo.rottingkiwi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
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
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class RottingKiwiPuzzleTest extends PuzzleTypeContract<RottingKiwiState> {
    private static final RottingKiwiPuzzle TYPE = new RottingKiwiPuzzle();

    @Override
    protected PuzzleType<RottingKiwiState> type() {
        return TYPE;
    }

    /** The question states the grid size; a cell's centre is white (empty), cream (a kiwi's core) or red (the cross). */
    @Override
    protected RottingKiwiState readPixels(BufferedImage image, RottingKiwiState q) {
        Pixels px = Pixels.of(image, RottingKiwiRenderer.canvas(q));
        List<Color> kinds = List.of(Color.WHITE, RottingKiwiRenderer.CORE, RottingKiwiRenderer.CROSS);
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < q.size(); r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < q.size(); c++) {
                Color seen = px.at(RottingKiwiRenderer.centre(c), RottingKiwiRenderer.centre(r));
                row.add(Pixels.nearest(seen, kinds));
            }
            grid.add(row);
        }
        return new RottingKiwiState(grid);
    }

    private static final Pattern ROW = Pattern.compile("Row (\\d+) from left to right: ([a-z, ]+)\\.");

    @Override
    protected RottingKiwiState parseDescription(String description, RottingKiwiState q) {
        List<List<Integer>> grid = new ArrayList<>();
        Matcher m = ROW.matcher(description);
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(grid.size() + 1);
            grid.add(Arrays.stream(m.group(2).split(", "))
                    .map(RottingKiwiState.NAMES::indexOf)
                    .toList());
        }
        return new RottingKiwiState(grid);
    }

    /** Independent check: simulate whole minutes on copies of the grid until nothing changes. */
    @Property
    void solverAgreesWithMinuteByMinuteSimulation(
            @ForAll @IntRange(min = 2, max = 4) int size,
            @ForAll @Size(16) List<@IntRange(min = 0, max = 2) Integer> cells) {
        int[][] grid = new int[size][size];
        for (int i = 0; i < size * size; i++) {
            grid[i / size][i % size] = cells.get(i);
        }
        List<List<Integer>> asList = Arrays.stream(grid)
                .map(row -> Arrays.stream(row).boxed().toList())
                .toList();
        int minutes = 0;
        while (spreadOnce(grid)) {
            minutes++;
        }
        boolean fresh = Arrays.stream(grid).flatMapToInt(Arrays::stream).anyMatch(v -> v == 1);
        boolean valid = !fresh && minutes > 0;
        if (valid) {
            assertThat(RottingKiwiSolver.solve(new RottingKiwiState(asList)).answer())
                    .isEqualTo(Integer.toString(minutes));
        } else {
            assertThatThrownBy(() -> new RottingKiwiState(asList)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static boolean spreadOnce(int[][] grid) {
        int n = grid.length;
        int[][] before = Arrays.stream(grid).map(int[]::clone).toArray(int[][]::new);
        boolean changed = false;
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                boolean nextToRot = r > 0 && before[r - 1][c] == 2
                        || r < n - 1 && before[r + 1][c] == 2
                        || c > 0 && before[r][c - 1] == 2
                        || c < n - 1 && before[r][c + 1] == 2;
                if (before[r][c] == 1 && nextToRot) {
                    grid[r][c] = 2;
                    changed = true;
                }
            }
        }
        return changed;
    }

    @Test
    void solutionFieldsAndQuestionMatchEveryReleasedRecord() throws Exception {
        ReleasedRecords.assertQuestionsAndSolutionsMatch(TYPE);
    }
}
