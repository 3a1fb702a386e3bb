package org.puzzlelens.puzzles.algo.rottingkiwi;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.search.BreadthFirstSearch;

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

    private RottingKiwiSolver() {}

    private record Spot(int row, int col) {}

    /** The minute each cell's kiwi rots: 0 for the rotten ones, {@link #NEVER} or {@link #NO_KIWI}. */
    static List<List<Integer>> rotMinutes(List<List<Integer>> grid) {
        int n = grid.size();
        List<Spot> rotten = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                if (grid.get(r).get(c) == RottingKiwiState.ROTTEN) {
                    rotten.add(new Spot(r, c));
                }
            }
        }
        var search = BreadthFirstSearch.overStates(
                rotten, spot -> freshNeighbours(grid, spot), spot -> false, BreadthFirstSearch.UNBOUNDED);
        List<List<Integer>> minutes = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            List<Integer> row = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                row.add(
                        grid.get(r).get(c) == RottingKiwiState.EMPTY
                                ? NO_KIWI
                                : search.depth(new Spot(r, c)).orElse(NEVER));
            }
            minutes.add(List.copyOf(row));
        }
        return List.copyOf(minutes);
    }

    private static List<Spot> freshNeighbours(List<List<Integer>> grid, Spot spot) {
        int n = grid.size();
        List<Spot> out = new ArrayList<>();
        for (int[] d : STEPS) {
            int r = spot.row() + d[0];
            int c = spot.col() + d[1];
            if (r >= 0 && r < n && c >= 0 && c < n && grid.get(r).get(c) == RottingKiwiState.FRESH) {
                out.add(new Spot(r, c));
            }
        }
        return out;
    }

    static Solution solve(RottingKiwiState s) {
        List<List<Integer>> minutes = rotMinutes(s.grid());
        int last = minutes.stream()
                .flatMap(List::stream)
                .mapToInt(Integer::intValue)
                .max()
                .orElseThrow();
        Trace trace = new Trace()
                .add(
                        "Rotten at minute 0: %s; fresh kiwis: %d.",
                        cellsRottingAt(minutes, 0), RottingKiwiState.count(s.grid(), RottingKiwiState.FRESH));
        ObjectNode timestep = Json.object();
        for (int m = 0; m <= last; m++) {
            if (m > 0) {
                trace.add(
                        "Minute %d: %s rot, being next to a kiwi that rotted in minute %d.",
                        m, cellsRottingAt(minutes, m), m - 1);
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
                row.add(
                        m == NO_KIWI
                                ? RottingKiwiState.EMPTY
                                : m <= minute ? RottingKiwiState.ROTTEN : RottingKiwiState.FRESH);
            }
            out.add(row);
        }
        return out;
    }
}
