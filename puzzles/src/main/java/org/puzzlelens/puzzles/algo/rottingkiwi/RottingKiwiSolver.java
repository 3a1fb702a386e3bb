package org.puzzlelens.puzzles.algo.rottingkiwi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * Breadth-first search from all rotten kiwis at once: a kiwi rots in the minute equal to its
 * distance, through kiwis, from the nearest rotten one; the answer is the largest such distance.
 */
final class RottingKiwiSolver {
    static final int[][] STEPS = {{-1, 0}, {0, 1}, {1, 0}, {0, -1}};
    /** Rot minute of a fresh kiwi the rot never reaches. */
    static final int NEVER = Integer.MAX_VALUE;
    /** Rot minute given to an empty cell. */
    static final int NO_KIWI = -1;

    private RottingKiwiSolver() {
    }

    /** The minute each cell's kiwi rots: 0 for the rotten ones, {@link #NEVER} or {@link #NO_KIWI}. */
    static List<List<Integer>> rotMinutes(List<List<Integer>> grid) {
        int n = grid.size();
        int[][] minute = new int[n][n];
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int v = grid.get(r).get(c);
                minute[r][c] = v == RottingKiwiState.ROTTEN ? 0 : v == RottingKiwiState.FRESH ? NEVER : NO_KIWI;
                if (v == RottingKiwiState.ROTTEN) {
                    queue.add(new int[] {r, c});
                }
            }
        }
        while (!queue.isEmpty()) {
            int[] cell = queue.poll();
            for (int[] d : STEPS) {
                int r = cell[0] + d[0];
                int c = cell[1] + d[1];
                if (r >= 0 && r < n && c >= 0 && c < n && minute[r][c] == NEVER) {
                    minute[r][c] = minute[cell[0]][cell[1]] + 1;
                    queue.add(new int[] {r, c});
                }
            }
        }
        return Arrays.stream(minute).map(row -> Arrays.stream(row).boxed().toList()).toList();
    }

    static Solution solve(RottingKiwiState s) {
        List<List<Integer>> minutes = rotMinutes(s.grid());
        int last = minutes.stream().flatMap(List::stream).mapToInt(Integer::intValue).max().orElseThrow();
        Trace trace = new Trace().add("Rotten at minute 0: %s; fresh kiwis: %d.", cellsRottingAt(minutes, 0),
                RottingKiwiState.count(s.grid(), RottingKiwiState.FRESH));
        ObjectNode timestep = Json.object();
        for (int m = 0; m <= last; m++) {
            if (m > 0) {
                trace.add("Minute %d: %s rot, being next to a kiwi that rotted in minute %d.", m,
                        cellsRottingAt(minutes, m), m - 1);
            }
            timestep.set("minute_" + m, Json.tree(gridAt(s, minutes, m)));
        }
        trace.add("No fresh kiwi is left after minute %d.", last).add("Answer: %d", last);
        ObjectNode fields = Json.object();
        ObjectNode ids = fields.putObject("ids");
        for (int id = 0; id < RottingKiwiState.NAMES.size(); id++) {
            ids.put(RottingKiwiState.NAMES.get(id), id);
        }
        fields.set("timestep", timestep);
        return new Solution(Integer.toString(last), trace.lines(), fields);
    }

    private static String cellsRottingAt(List<List<Integer>> minutes, int minute) {
        List<String> cells = new ArrayList<>();
        for (int r = 0; r < minutes.size(); r++) {
            for (int c = 0; c < minutes.size(); c++) {
                if (minutes.get(r).get(c) == minute) {
                    cells.add("r" + (r + 1) + "c" + (c + 1));
                }
            }
        }
        return String.join(", ", cells);
    }

    private static List<List<Integer>> gridAt(RottingKiwiState s, List<List<Integer>> minutes, int minute) {
        List<List<Integer>> out = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < s.size(); c++) {
                int m = minutes.get(r).get(c);
                row.add(m == NO_KIWI ? RottingKiwiState.EMPTY : m <= minute ? RottingKiwiState.ROTTEN : RottingKiwiState.FRESH);
            }
            out.add(row);
        }
        return out;
    }
}
