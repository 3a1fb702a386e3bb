package org.puzzlelens.puzzles.algo.waterjugs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.search.BreadthFirstSearch;

/** Breadth-first search over the jugs' amounts, one pour per edge. */
final class WaterJugsSolver {
    private WaterJugsSolver() {}

    /** A pour from jug {@code from} into jug {@code to} (0-based), with the amounts before and after. */
    record Pour(List<Integer> before, int from, int to, List<Integer> after) {
        int litres() {
            return before.get(from) - after.get(from);
        }
    }

    /** Every pour possible from {@code amounts}, source then target in jug order. */
    static List<Pour> pours(List<Integer> capacities, List<Integer> amounts) {
        List<Pour> out = new ArrayList<>();
        for (int from = 0; from < amounts.size(); from++) {
            for (int to = 0; to < amounts.size(); to++) {
                int room = capacities.get(to) - amounts.get(to);
                if (from == to || amounts.get(from) == 0 || room == 0) {
                    continue;
                }
                int moved = Math.min(amounts.get(from), room);
                List<Integer> after = new ArrayList<>(amounts);
                after.set(from, amounts.get(from) - moved);
                after.set(to, amounts.get(to) + moved);
                out.add(new Pour(amounts, from, to, List.copyOf(after)));
            }
        }
        return out;
    }

    /**
     * Searches from {@code start} until {@code goal} is reached, or when there is none, everything
     * reachable within {@code maxPours}.
     */
    static BreadthFirstSearch<List<Integer>, Pour> search(
            List<Integer> capacities, List<Integer> start, Optional<List<Integer>> goal, int maxPours) {
        return BreadthFirstSearch.search(
                List.of(start),
                amounts -> pours(capacities, amounts),
                Pour::after,
                amounts -> goal.filter(amounts::equals).isPresent(),
                maxPours);
    }

    static boolean solvable(WaterJugsState s) {
        return search(s.capacities(), s.start(), Optional.of(s.end()), BreadthFirstSearch.UNBOUNDED)
                .reached(s.end());
    }

    static Solution solve(WaterJugsState s) {
        var search = search(s.capacities(), s.start(), Optional.of(s.end()), BreadthFirstSearch.UNBOUNDED);
        if (!search.reached(s.end())) {
            throw new IllegalArgumentException("the amounts " + s.end() + " cannot be reached from " + s.start());
        }
        Trace trace = new Trace()
                .add(
                        "Capacities %s, start %s, goal %s; every pour keeps the total of %d litres.",
                        s.capacities(), s.start(), s.end(), s.totalWater())
                .add("A pour empties the source or fills the target, so search the amounts breadth first, "
                        + "one pour per level.");
        for (int k = 1; k < search.layers().size(); k++) {
            trace.add(
                    "After %d %s: %d new %s.",
                    k,
                    k == 1 ? "pour" : "pours",
                    search.layers().get(k).size(),
                    search.layers().get(k).size() == 1 ? "state" : "states");
        }
        List<Pour> path = search.movesTo(s.end());
        int depth = path.size();
        trace.add(
                "The goal %s first appears after %d %s, along this path:",
                s.end(), depth, depth == 1 ? "pour" : "pours");
        for (Pour p : path) {
            trace.add(
                    "Pour jug %d into jug %d (%d %s): %s -> %s.",
                    p.from() + 1, p.to() + 1, p.litres(), p.litres() == 1 ? "litre" : "litres", p.before(), p.after());
        }
        trace.add("Answer: %d", depth);

        var fields = Json.object();
        fields.put("num_jugs", s.jugs());
        fields.set("capacities", Json.tree(s.capacities()));
        fields.put("total_water", s.totalWater());
        fields.set("start", Json.tree(s.start()));
        fields.set("end", Json.tree(s.end()));
        ArrayNode steps = fields.putArray("steps");
        steps.add(Json.tree(s.start()));
        path.forEach(p -> steps.add(Json.tree(p.after())));
        fields.put("num_steps", depth);
        return new Solution(Integer.toString(depth), trace.lines(), fields);
    }
}
