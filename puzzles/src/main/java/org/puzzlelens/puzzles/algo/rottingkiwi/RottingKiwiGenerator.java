package org.puzzlelens.puzzles.algo.rottingkiwi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Places the rotten kiwis, then grows the fresh ones one at a time next to kiwis already placed, so
 * every fresh kiwi is linked to the rot and no draw is ever rejected. Three times in four a new kiwi
 * extends from the one placed just before, which makes longer chains: uniform growth alone gives
 * compact clumps and short answers, while the release has as many answers of 4..6 minutes as of 1..3.
 */
final class RottingKiwiGenerator {
    static final List<Param> PARAMS = List.of(
            new Param.Int("size", "rows and columns of the grid", IntRange.exactly(3), IntRange.exactly(3),
                    IntRange.of(4, 5)),
            new Param.Int("fresh", "fresh kiwis (at most the free cells)", IntRange.of(1, 3), IntRange.of(1, 6),
                    IntRange.of(6, 14)),
            new Param.Int("rotten", "rotten kiwis", IntRange.exactly(1), IntRange.exactly(1), IntRange.of(1, 2)));

    private RottingKiwiGenerator() {
    }

    static RottingKiwiState generate(Parameters p, RandomGenerator rng) {
        int size = p.getInt("size");
        int rotten = Math.min(p.getInt("rotten"), size * size - 1);
        int fresh = Math.min(p.getInt("fresh"), size * size - rotten);
        int[][] grid = new int[size][size];
        List<Integer> free = new ArrayList<>();
        for (int cell = 0; cell < size * size; cell++) {
            free.add(cell);
        }
        int last = -1;
        for (int i = 0; i < rotten; i++) {
            last = free.remove(rng.nextInt(free.size()));
            grid[last / size][last % size] = RottingKiwiState.ROTTEN;
        }
        for (int i = 0; i < fresh; i++) {
            int previous = last;
            List<Integer> frontier = free.stream().filter(cell -> touchesKiwi(grid, cell / size, cell % size)).toList();
            List<Integer> extending = frontier.stream().filter(cell -> adjacent(cell, previous, size)).toList();
            List<Integer> choices = !extending.isEmpty() && rng.nextInt(4) > 0 ? extending : frontier;
            last = choices.get(rng.nextInt(choices.size()));
            free.remove(Integer.valueOf(last));
            grid[last / size][last % size] = RottingKiwiState.FRESH;
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int[] row : grid) {
            rows.add(Arrays.stream(row).boxed().toList());
        }
        return new RottingKiwiState(rows);
    }

    private static boolean adjacent(int a, int b, int size) {
        return Math.abs(a / size - b / size) + Math.abs(a % size - b % size) == 1;
    }

    private static boolean touchesKiwi(int[][] grid, int r, int c) {
        for (int[] d : RottingKiwiSolver.STEPS) {
            int nr = r + d[0];
            int nc = c + d[1];
            if (nr >= 0 && nr < grid.length && nc >= 0 && nc < grid.length && grid[nr][nc] != RottingKiwiState.EMPTY) {
                return true;
            }
        }
        return false;
    }
}
