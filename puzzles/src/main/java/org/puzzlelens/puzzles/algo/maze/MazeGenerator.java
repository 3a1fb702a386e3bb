package org.puzzlelens.puzzles.algo.maze;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * A perfect maze by randomised depth-first search, as released: rooms sit at odd grid positions of a
 * (2 * rooms + 1)-wide grid and carving removes the wall between two rooms.
 */
final class MazeGenerator {
    static final Param.Int ROOM_ROWS = new Param.Int(
            "room_rows",
            "rooms down the maze (the grid has 2 * rooms + 1 rows)",
            IntRange.of(2, 4),
            IntRange.of(3, 6),
            IntRange.of(6, 10));
    static final Param.Int ROOM_COLUMNS = new Param.Int(
            "room_columns",
            "rooms across the maze (the grid has 2 * rooms + 1 columns)",
            IntRange.of(2, 4),
            IntRange.of(3, 6),
            IntRange.of(6, 10));
    static final Param.Choice QUESTION =
            Param.Choice.same("question", "what is asked about the shortest path", MazeQuestion.ids());
    static final List<Param> PARAMS = List.of(ROOM_ROWS, ROOM_COLUMNS, QUESTION);

    private MazeGenerator() {}

    static MazeState generate(Parameters p, RandomGenerator rng) {
        int roomRows = p.get(ROOM_ROWS);
        int roomCols = p.get(ROOM_COLUMNS);
        List<List<Integer>> grid = carve(roomRows, roomCols, rng);
        int rows = grid.size();
        int cols = grid.get(0).size();
        grid.get(1).set(0, 0);
        if (rng.nextBoolean()) {
            grid.get(rows - 1).set(cols - 2, 0);
        } else {
            grid.get(rows - 2).set(cols - 1, 0);
        }
        return new MazeState(grid, MazeQuestion.byId(p.get(QUESTION)));
    }

    private static List<List<Integer>> carve(int roomRows, int roomCols, RandomGenerator rng) {
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < 2 * roomRows + 1; r++) {
            grid.add(new ArrayList<>(Collections.nCopies(2 * roomCols + 1, 1)));
        }
        boolean[][] visited = new boolean[roomRows][roomCols];
        Deque<int[]> stack = new ArrayDeque<>();
        stack.push(new int[] {0, 0});
        visited[0][0] = true;
        grid.get(1).set(1, 0);
        while (!stack.isEmpty()) {
            int[] room = stack.peek();
            List<Direction> unvisited = new ArrayList<>();
            for (Direction d : Direction.values()) {
                int r = room[0] + d.dRow();
                int c = room[1] + d.dCol();
                if (r >= 0 && r < roomRows && c >= 0 && c < roomCols && !visited[r][c]) {
                    unvisited.add(d);
                }
            }
            if (unvisited.isEmpty()) {
                stack.pop();
                continue;
            }
            Direction d = unvisited.get(rng.nextInt(unvisited.size()));
            int r = room[0] + d.dRow();
            int c = room[1] + d.dCol();
            visited[r][c] = true;
            grid.get(2 * room[0] + 1 + d.dRow()).set(2 * room[1] + 1 + d.dCol(), 0);
            grid.get(2 * r + 1).set(2 * c + 1, 0);
            stack.push(new int[] {r, c});
        }
        return grid;
    }
}
