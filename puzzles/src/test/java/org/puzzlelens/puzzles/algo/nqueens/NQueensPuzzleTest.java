package org.puzzlelens.puzzles.algo.nqueens;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class NQueensPuzzleTest extends PuzzleTypeContract<NQueensState> {
    private static final NQueensPuzzle TYPE = new NQueensPuzzle();

    @Override
    protected PuzzleType<NQueensState> type() {
        return TYPE;
    }

    /** The question states the size; a square holds a queen when the inside of the crown there is white. */
    @Override
    protected NQueensState readPixels(BufferedImage image, NQueensState q) {
        Pixels px = Pixels.of(image, NQueensRenderer.canvas(q));
        List<List<Integer>> queens = new ArrayList<>();
        for (int r = 0; r < q.size(); r++) {
            for (int c = 0; c < q.size(); c++) {
                double y = NQueensRenderer.centre(r) + NQueensRenderer.CROWN_PROBE_Y * NQueensRenderer.CELL;
                if (px.near(NQueensRenderer.centre(c), y, Color.WHITE, 20)) {
                    queens.add(List.of(r, c));
                }
            }
        }
        return new NQueensState(q.size(), queens);
    }

    private static final Pattern SIZE = Pattern.compile("shows an? (\\d+) x \\d+ chessboard");
    private static final Pattern QUEEN = Pattern.compile("row (\\d+) column (\\d+)");

    @Override
    protected NQueensState parseDescription(String description, NQueensState q) {
        Matcher size = SIZE.matcher(description);
        assertThat(size.find()).as(description).isTrue();
        List<List<Integer>> queens = new ArrayList<>();
        Matcher m = QUEEN.matcher(description);
        while (m.find()) {
            queens.add(List.of(Integer.parseInt(m.group(1)) - 1, Integer.parseInt(m.group(2)) - 1));
        }
        return new NQueensState(Integer.parseInt(size.group(1)), queens);
    }

    /**
     * Independent check: enumerate every full solution of the board by permutation search, keep those
     * containing the shown queens, and collect the distances between the other two; there must be
     * exactly one, the solver's.
     */
    @Property(tries = 200)
    void solverAgreesWithEnumeratingAllSolutions(
            @ForAll @IntRange(min = 5, max = 8) int size,
            @ForAll @IntRange(min = 0, max = 10_000) int pick,
            @ForAll @IntRange(min = 0, max = 27) int dropPair) {
        List<int[]> solutions = new ArrayList<>();
        enumerate(new int[size], 0, solutions);
        int[] full = solutions.get(pick % solutions.size());
        int first = dropPair % size;
        int second = (first + 1 + dropPair / size % (size - 1)) % size;
        List<List<Integer>> shown = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            if (r != first && r != second) {
                shown.add(List.of(r, full[r]));
            }
        }
        TreeSet<Integer> distances = new TreeSet<>();
        for (int[] sol : solutions) {
            if (shown.stream().allMatch(q -> sol[q.get(0)] == q.get(1))) {
                distances.add(Math.abs(first - second) + Math.abs(sol[first] - sol[second]));
            }
        }
        assertThat(distances).hasSize(1);
        assertThat(NQueensSolver.solve(new NQueensState(size, shown)).answer())
                .isEqualTo(distances.first().toString());
    }

    private static void enumerate(int[] columnOf, int row, List<int[]> out) {
        if (row == columnOf.length) {
            out.add(columnOf.clone());
            return;
        }
        for (int c = 0; c < columnOf.length; c++) {
            boolean ok = true;
            for (int r = 0; r < row; r++) {
                ok &= columnOf[r] != c && Math.abs(columnOf[r] - c) != row - r;
            }
            if (ok) {
                columnOf[row] = c;
                enumerate(columnOf, row + 1, out);
            }
        }
    }

    @Test
    void solutionFieldsAndQuestionMatchEveryReleasedRecord() throws Exception {
        ReleasedRecords.assertQuestionsAndSolutionsMatch(TYPE);
    }
}
