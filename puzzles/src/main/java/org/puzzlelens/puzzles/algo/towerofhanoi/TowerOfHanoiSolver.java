package org.puzzlelens.puzzles.algo.towerofhanoi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Breadth-first search over all arrangements from the start; the first time the end is reached is the least. */
final class TowerOfHanoiSolver {
    private TowerOfHanoiSolver() {}

    static Solution solve(TowerOfHanoiState s) {
        int disks = s.disks();
        int start = HanoiGraph.code(s.start());
        int end = HanoiGraph.code(s.end());
        HanoiGraph.Search search = HanoiGraph.search(start, disks);
        List<Integer> path = search.pathTo(end);
        int moves = path.size() - 1;
        Trace trace = new Trace()
                .add("Start (rods bottom to top, 1 = smallest disk): %s.", TowerOfHanoiDescriber.rods(s.start()))
                .add("End: %s.", TowerOfHanoiDescriber.rods(s.end()))
                .add(
                        "Search breadth-first over the 3^%d arrangements, moving one top disk at a time onto an empty rod "
                                + "or a larger disk.",
                        disks);
        ArrayNode steps = Json.array();
        for (int i = 0; i < path.size(); i++) {
            List<List<Integer>> rods = HanoiGraph.rods(path.get(i), disks);
            if (i > 0) {
                trace.add(
                        "Move %d: %s, giving %s.",
                        i, move(path.get(i - 1), path.get(i), disks), TowerOfHanoiDescriber.rods(rods));
            }
            ObjectNode step = steps.addObject();
            step.set("position", Json.tree(rods));
            step.put("num_moves", i);
        }
        trace.add("The end is first reached at depth %d, so no shorter sequence exists.", moves)
                .add("Answer: %d", moves);
        ObjectNode fields = Json.object();
        fields.set("start_position", Json.tree(s.start()));
        fields.set("end_position", Json.tree(s.end()));
        fields.set("moves", steps);
        return new Solution(Integer.toString(moves), trace.lines(), fields);
    }

    private static String move(int before, int after, int disks) {
        for (int disk = 1; disk <= disks; disk++) {
            int from = HanoiGraph.rodOf(before, disk);
            int to = HanoiGraph.rodOf(after, disk);
            if (from != to) {
                return "disk " + disk + " from rod " + (from + 1) + " to rod " + (to + 1);
            }
        }
        throw new IllegalArgumentException("no disk moved between " + before + " and " + after);
    }
}
