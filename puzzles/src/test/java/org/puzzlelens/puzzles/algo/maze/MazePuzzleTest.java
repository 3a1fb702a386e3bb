package org.puzzlelens.puzzles.algo.maze;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
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
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class MazePuzzleTest extends PuzzleTypeContract<MazeState> {
    private static final MazePuzzle TYPE = new MazePuzzle();

    @Override
    protected PuzzleType<MazeState> type() {
        return TYPE;
    }

    /** A cell is an obstacle when its centre is near black; the arrows are green and blue, not dark. */
    @Override
    protected MazeState readPixels(BufferedImage image, MazeState q) {
        Pixels px = Pixels.of(image, MazeRenderer.CANVAS);
        int rows = q.rows();
        int cols = q.cols();
        double size = MazeRenderer.cellSize(rows, cols);
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) {
                double x = MazeRenderer.left(rows, cols) + (c + 0.5) * size;
                double y = MazeRenderer.top(rows, cols) + (r + 0.3) * size;
                row.add(px.near(x, y, Color.BLACK, 60) ? 1 : 0);
            }
            grid.add(row);
        }
        MazeState read = new MazeState(grid, q.asked());
        double entranceX = MazeRenderer.left(rows, cols) + 0.3 * size;
        double entranceY = MazeRenderer.top(rows, cols) + 1.5 * size;
        assertThat(px.near(entranceX, entranceY, MazeRenderer.ENTRANCE_ARROW, 60))
                .as("green arrow")
                .isTrue();
        return read;
    }

    private static final Pattern ROW = Pattern.compile("Row (\\d+): ([#_]+)\\.");

    @Override
    protected MazeState parseDescription(String description, MazeState q) {
        Matcher m = ROW.matcher(description);
        List<List<Integer>> grid = new ArrayList<>();
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(grid.size() + 1);
            grid.add(m.group(2).chars().mapToObj(ch -> ch == '#' ? 1 : 0).toList());
        }
        return new MazeState(grid, q.asked());
    }

    /**
     * Independent check: enumerate every simple path from entrance to exit by depth-first search; a
     * perfect maze has exactly one, and its turns, counted by the sign of the cross product of
     * successive steps, are the solver's.
     */
    @Property(tries = 200)
    void solverAgreesWithExhaustivePathEnumeration(
            @ForAll @IntRange(min = 1, max = 4) int roomRows,
            @ForAll @IntRange(min = 1, max = 4) int roomCols,
            @ForAll long seed) {
        MazeState s = MazeGenerator.generate(
                new Parameters(Map.of("room_rows", roomRows, "room_columns", roomCols, "question", "cells")),
                new SplittableRandom(seed));
        List<List<int[]>> paths = new ArrayList<>();
        boolean[][] seen = new boolean[s.rows()][s.cols()];
        List<int[]> current = new ArrayList<>();
        enumerate(s, 1, 0, seen, current, paths);
        assertThat(paths).hasSize(1);
        List<int[]> path = paths.get(0);
        int left = 0;
        int right = 0;
        for (int i = 2; i < path.size(); i++) {
            int dx1 = path.get(i - 1)[1] - path.get(i - 2)[1];
            int dy1 = path.get(i - 1)[0] - path.get(i - 2)[0];
            int dx2 = path.get(i)[1] - path.get(i - 1)[1];
            int dy2 = path.get(i)[0] - path.get(i - 1)[0];
            int cross = dx1 * dy2 - dy1 * dx2; // y grows downwards, so positive is clockwise: a right turn
            left += cross < 0 ? 1 : 0;
            right += cross > 0 ? 1 : 0;
        }
        var fields = MazeSolver.solve(s).fields();
        assertThat(fields.get("optimal_path_length").asInt()).isEqualTo(path.size());
        assertThat(fields.get("left_turns").asInt()).isEqualTo(left);
        assertThat(fields.get("right_turns").asInt()).isEqualTo(right);
        assertThat(MazeSolver.solve(s).answer()).isEqualTo(Integer.toString(path.size()));
    }

    private static void enumerate(
            MazeState s, int r, int c, boolean[][] seen, List<int[]> current, List<List<int[]>> paths) {
        if (r < 0
                || c < 0
                || r >= s.rows()
                || c >= s.cols()
                || seen[r][c]
                || s.grid().get(r).get(c) == 1) {
            return;
        }
        seen[r][c] = true;
        current.add(new int[] {r, c});
        if (current.size() > 1 && (r == s.rows() - 1 || c == s.cols() - 1 || r == 0 || c == 0)) {
            paths.add(List.copyOf(current));
        } else {
            enumerate(s, r + 1, c, seen, current, paths);
            enumerate(s, r - 1, c, seen, current, paths);
            enumerate(s, r, c + 1, seen, current, paths);
            enumerate(s, r, c - 1, seen, current, paths);
        }
        current.removeLast();
        seen[r][c] = false;
    }

    @Test
    void questionMatchesTheReleasedWordingForEveryKind() {
        List<List<Integer>> grid = List.of(
                List.of(1, 1, 1, 1, 1),
                List.of(0, 0, 0, 0, 1),
                List.of(1, 1, 1, 0, 1),
                List.of(1, 0, 0, 0, 1),
                List.of(1, 0, 1, 1, 1));
        String common = "This is maze having 5 * 5 cells. The empty cells are coloured white and the obstacle cells "
                + "are coloured black. From an empty cell, you can only move up, down, left, or right to another "
                + "adjacent empty cell. You cannot move diagonally between two empty cells and cannot step into a "
                + "cell with an obstacle. The entry cell of the maze is shown with the green arrow. The exit cell of "
                + "the maze is shown with the blue arrow. Suppose you have found the most optimal path in the maze "
                + "between the entrance and exit, where you need to go through the least number of empty cells and "
                + "you need to make the least number of left and right turns. ";
        assertThat(TYPE.question(new MazeState(grid, MazeQuestion.LEFT_TURNS)))
                .isEqualTo(common + "What is the total number of left turns do you need to make in this optimal path?");
        assertThat(TYPE.question(new MazeState(grid, MazeQuestion.RIGHT_TURNS)))
                .isEqualTo(
                        common + "What is the total number of right turns do you need to make in this optimal path?");
        assertThat(TYPE.question(new MazeState(grid, MazeQuestion.TOTAL_TURNS)))
                .isEqualTo(
                        common
                                + "What is the combined number of left and right turns do you need to make in this optimal path?");
        assertThat(TYPE.question(new MazeState(grid, MazeQuestion.CELLS)))
                .isEqualTo(
                        common
                                + "How many cells do you need to visit in this optimal path including the entrance and exit cells?");
        // right along row 1, down (right turn), left along row 3 (right turn), down out (left turn)
        assertThat(MazeSolver.solve(new MazeState(grid, MazeQuestion.RIGHT_TURNS))
                        .answer())
                .isEqualTo("2");
        assertThat(MazeSolver.solve(new MazeState(grid, MazeQuestion.LEFT_TURNS))
                        .answer())
                .isEqualTo("1");
        assertThat(MazeSolver.solve(new MazeState(grid, MazeQuestion.CELLS)).answer())
                .isEqualTo("9");
    }
}
