package org.puzzlelens.puzzles.algo.maze;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.algo.maze.MazeState.Cell;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The maze in words (a row-by-row map) and as one fact per cell. */
enum MazeDescriber implements Describer<MazeState> {
    INSTANCE;

    static final String WALL = "wall";
    static final String EMPTY = "empty";
    private static final String GUIDE = """
            State every cell of the maze grid, one fact per line, rows numbered from 1 at the top and
            columns from 1 at the left, the border included:
            r<row>c<column> = wall (a black obstacle cell) or empty (a white cell)
            for example: r1c1 = wall""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(MazeState s) {
        StringBuilder out = new StringBuilder();
        out.append("The image shows a maze of ")
                .append(s.rows())
                .append(" rows and ")
                .append(s.cols())
                .append(" columns of square cells: black cells are obstacles and white cells are empty. ")
                .append("Rows are numbered 1 to ")
                .append(s.rows())
                .append(" from the top and columns 1 to ")
                .append(s.cols())
                .append(" from the left. Row by row, with # for an obstacle and _ for an empty cell:");
        for (int r = 0; r < s.rows(); r++) {
            out.append(" Row ").append(r + 1).append(": ").append(rowText(s, r)).append('.');
        }
        out.append(" The green arrow marks the entrance at ")
                .append(MazeSolver.name(MazeState.ENTRANCE))
                .append(" on the left edge, pointing right into the maze; the blue arrow marks the exit at ")
                .append(MazeSolver.name(s.exit()))
                .append(" on the ")
                .append(edge(s.exitSide()))
                .append(" edge, pointing ")
                .append(s.exitSide().word())
                .append(" out of the maze.");
        return out.toString();
    }

    private static String rowText(MazeState s, int r) {
        StringBuilder row = new StringBuilder();
        for (int c = 0; c < s.cols(); c++) {
            row.append(s.open(new Cell(r, c)) ? '_' : '#');
        }
        return row.toString();
    }

    private static String edge(Direction side) {
        return switch (side) {
            case UP -> "top";
            case DOWN -> "bottom";
            case LEFT -> "left";
            case RIGHT -> "right";
        };
    }

    static String key(int row, int col) {
        return "r" + (row + 1) + "c" + (col + 1);
    }

    @Override
    public List<Fact> facts(MazeState s) {
        List<Fact> facts = new ArrayList<>();
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.cols(); c++) {
                facts.add(Fact.of(key(r, c), s.open(new Cell(r, c)) ? EMPTY : WALL));
            }
        }
        return facts;
    }

    @Override
    public Optional<MazeState> fromFacts(MazeState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < question.rows(); r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < question.cols(); c++) {
                String v = map.get(key(r, c));
                if (!WALL.equals(v) && !EMPTY.equals(v)) {
                    return Optional.empty();
                }
                row.add(WALL.equals(v) ? 1 : 0);
            }
            grid.add(row);
        }
        try {
            MazeState read = new MazeState(grid, question.asked());
            MazeSolver.shortestPath(read); // a maze whose exit cannot be reached poses no question
            return Optional.of(read);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
