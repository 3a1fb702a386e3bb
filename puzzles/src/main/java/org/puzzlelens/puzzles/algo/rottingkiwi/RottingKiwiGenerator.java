package org.puzzlelens.puzzles.algo.rottingkiwi;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Places the rotten kiwis, then grows the fresh ones one at a time next to kiwis already placed, so
 * every fresh kiwi is linked to the rot and no draw is ever rejected. Uniform growth gives compact
 * clumps and short answers (about 13% of 4..6 minutes against 47% released), so most new kiwis go
 * where they make the rot take longest, and the slowest of a few grown grids is kept: with the
 * fresh count uniform in 1..6 that gives about 46% of 4..6 minutes, as released.
 */
final class RottingKiwiGenerator {
    static final Param.Int SIZE = new Param.Int(
            "size", "rows and columns of the grid", IntRange.exactly(3), IntRange.exactly(3), IntRange.of(4, 5));
    static final Param.Int FRESH = new Param.Int(
            "fresh", "fresh kiwis (at most the free cells)", IntRange.of(1, 3), IntRange.of(1, 6), IntRange.of(6, 14));
    static final Param.Int ROTTEN =
            new Param.Int("rotten", "rotten kiwis", IntRange.exactly(1), IntRange.exactly(1), IntRange.of(1, 2));
    static final List<Param> PARAMS = List.of(SIZE, FRESH, ROTTEN);

    private static final int GROWN_GRIDS = 3;
    /** Out of ten new kiwis, how many go where the rot takes longest rather than anywhere beside a kiwi. */
    private static final int SLOWEST_PLACEMENTS_IN_TEN = 8;

    private RottingKiwiGenerator() {}

    static RottingKiwiState generate(Parameters p, RandomGenerator rng) {
        int size = p.get(SIZE);
        int rotten = Math.min(p.get(ROTTEN), size * size - 1);
        int fresh = Math.min(p.get(FRESH), size * size - rotten);
        int[] best = null;
        int bestMinutes = -1;
        for (int attempt = 0; attempt < GROWN_GRIDS; attempt++) {
            int[] cells = grow(size, rotten, fresh, rng);
            int minutes = minutes(cells, size);
            if (minutes > bestMinutes) {
                best = cells;
                bestMinutes = minutes;
            }
        }
        List<List<Integer>> rows = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            rows.add(Arrays.stream(best, r * size, (r + 1) * size).boxed().toList());
        }
        return new RottingKiwiState(rows);
    }

    /** One grid, row-major. */
    private static int[] grow(int size, int rotten, int fresh, RandomGenerator rng) {
        int[] cells = new int[size * size];
        List<Integer> free = new ArrayList<>();
        for (int cell = 0; cell < size * size; cell++) {
            free.add(cell);
        }
        for (int i = 0; i < rotten; i++) {
            cells[free.remove(rng.nextInt(free.size()))] = RottingKiwiState.ROTTEN;
        }
        for (int i = 0; i < fresh; i++) {
            List<Integer> choices =
                    free.stream().filter(cell -> touchesKiwi(cells, cell, size)).toList();
            if (rng.nextInt(10) < SLOWEST_PLACEMENTS_IN_TEN) {
                choices = slowest(cells, choices, size);
            }
            int chosen = choices.get(rng.nextInt(choices.size()));
            free.remove(Integer.valueOf(chosen));
            cells[chosen] = RottingKiwiState.FRESH;
        }
        return cells;
    }

    /** The candidate cells whose new kiwi would leave the grid rotting longest. */
    private static List<Integer> slowest(int[] cells, List<Integer> candidates, int size) {
        int[] minutes = new int[candidates.size()];
        int most = -1;
        for (int i = 0; i < candidates.size(); i++) {
            cells[candidates.get(i)] = RottingKiwiState.FRESH;
            minutes[i] = minutes(cells, size);
            cells[candidates.get(i)] = RottingKiwiState.EMPTY;
            most = Math.max(most, minutes[i]);
        }
        List<Integer> slowest = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (minutes[i] == most) {
                slowest.add(candidates.get(i));
            }
        }
        return slowest;
    }

    /** Minutes until the last fresh kiwi rots: a breadth-first search from every rotten kiwi. */
    private static int minutes(int[] cells, int size) {
        int[] minute = new int[cells.length];
        Arrays.fill(minute, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        for (int cell = 0; cell < cells.length; cell++) {
            if (cells[cell] == RottingKiwiState.ROTTEN) {
                minute[cell] = 0;
                queue.add(cell);
            }
        }
        int last = 0;
        while (!queue.isEmpty()) {
            int cell = queue.poll();
            last = minute[cell];
            for (int[] d : RottingKiwiSolver.STEPS) {
                int r = cell / size + d[0];
                int c = cell % size + d[1];
                int next = r * size + c;
                if (r >= 0
                        && r < size
                        && c >= 0
                        && c < size
                        && cells[next] == RottingKiwiState.FRESH
                        && minute[next] < 0) {
                    minute[next] = minute[cell] + 1;
                    queue.add(next);
                }
            }
        }
        return last;
    }

    private static boolean touchesKiwi(int[] cells, int cell, int size) {
        for (int[] d : RottingKiwiSolver.STEPS) {
            int r = cell / size + d[0];
            int c = cell % size + d[1];
            if (r >= 0 && r < size && c >= 0 && c < size && cells[r * size + c] != RottingKiwiState.EMPTY) {
                return true;
            }
        }
        return false;
    }
}
