package org.puzzlelens.puzzles.algo.maze;

import java.util.ArrayList;
import java.util.List;

/**
 * A maze grid and the question asked about its shortest entrance-to-exit path.
 *
 * @param grid rows top to bottom of columns left to right; 1 is an obstacle, 0 an empty cell. The
 *     border is obstacles except the entrance at row 1, column 0 and exactly one exit.
 */
public record MazeState(List<List<Integer>> grid, MazeQuestion asked) {
    static final Cell ENTRANCE = new Cell(1, 0);

    /** A cell by 0-based row and column, as the released {@code optimal_path} writes them. */
    record Cell(int row, int col) {
        Cell step(Direction d) {
            return new Cell(row + d.dRow(), col + d.dCol());
        }
    }

    public MazeState {
        grid = grid.stream().map(List::copyOf).toList();
        if (grid.size() < 3 || grid.get(0).size() < 3) {
            throw new IllegalArgumentException("a maze needs at least 3 x 3 cells");
        }
        int cols = grid.get(0).size();
        for (List<Integer> row : grid) {
            if (row.size() != cols || row.stream().anyMatch(v -> v != 0 && v != 1)) {
                throw new IllegalArgumentException("maze rows must be equally long and hold only 0 and 1");
            }
        }
        if (grid.get(ENTRANCE.row()).get(ENTRANCE.col()) != 0) {
            throw new IllegalArgumentException("the entrance (row 1, column 0) must be empty");
        }
        if (borderOpenings(grid).size() != 2) {
            throw new IllegalArgumentException("the maze border must have exactly two openings, entrance and exit");
        }
        if (asked == null) {
            throw new IllegalArgumentException("a maze needs a question");
        }
    }

    int rows() {
        return grid.size();
    }

    int cols() {
        return grid.get(0).size();
    }

    boolean open(Cell c) {
        return c.row() >= 0
                && c.row() < rows()
                && c.col() >= 0
                && c.col() < cols()
                && grid.get(c.row()).get(c.col()) == 0;
    }

    /** The border opening other than the entrance. */
    Cell exit() {
        return borderOpenings(grid).stream()
                .filter(c -> !c.equals(ENTRANCE))
                .findFirst()
                .orElseThrow();
    }

    /** Which way the exit leads out of the grid. */
    Direction exitSide() {
        Cell e = exit();
        if (e.row() == rows() - 1) {
            return Direction.DOWN;
        }
        if (e.col() == cols() - 1) {
            return Direction.RIGHT;
        }
        return e.row() == 0 ? Direction.UP : Direction.LEFT;
    }

    private static List<Cell> borderOpenings(List<List<Integer>> grid) {
        int rows = grid.size();
        int cols = grid.get(0).size();
        List<Cell> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean border = r == 0 || c == 0 || r == rows - 1 || c == cols - 1;
                if (border && grid.get(r).get(c) == 0) {
                    out.add(new Cell(r, c));
                }
            }
        }
        return out;
    }
}
