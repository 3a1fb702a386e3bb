package org.puzzlelens.puzzles.algo.waterjugs;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Breadth-first search over the jugs' amounts, one pour per edge. */
final class WaterJugsSolver {
    private WaterJugsSolver() {
    }

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

    /** The search's layers: layer k holds the amounts first reached after k pours, in discovery order. */
    record Search(List<List<List<Integer>>> layers, Map<List<Integer>, Pour> reachedBy) {
        int depthOf(List<Integer> amounts) {
            for (int k = 0; k < layers.size(); k++) {
                if (layers.get(k).contains(amounts)) {
                    return k;
                }
            }
            return -1;
        }

        /** The pours from the start to {@code goal}, following each state's first discovery back. */
        List<Pour> pathTo(List<Integer> goal) {
            List<Pour> path = new ArrayList<>();
            for (Pour p = reachedBy.get(goal); p != null; p = reachedBy.get(p.before())) {
                path.add(p);
            }
            Collections.reverse(path);
            return path;
        }
    }

    /**
     * Searches from {@code start} until {@code goal} is reached, or when there is none, everything
     * reachable within {@code maxPours}.
     */
    static Search search(List<Integer> capacities, List<Integer> start, Optional<List<Integer>> goal, int maxPours) {
        Map<List<Integer>, Pour> reachedBy = new LinkedHashMap<>();
        List<List<List<Integer>>> layers = new ArrayList<>();
        layers.add(List.of(start));
        Set<List<Integer>> seen = new HashSet<>(List.of(start));
        while (goal.map(g -> !seen.contains(g)).orElse(true) && layers.size() <= maxPours) {
            List<List<Integer>> next = new ArrayList<>();
            for (List<Integer> amounts : layers.getLast()) {
                for (Pour p : pours(capacities, amounts)) {
                    if (seen.add(p.after())) {
                        reachedBy.put(p.after(), p);
                        next.add(p.after());
                    }
                }
            }
            if (next.isEmpty()) {
                break;
            }
            layers.add(List.copyOf(next));
        }
        return new Search(List.copyOf(layers), reachedBy);
    }

    static boolean solvable(WaterJugsState s) {
        return search(s.capacities(), s.start(), Optional.of(s.end()), Integer.MAX_VALUE).depthOf(s.end()) >= 0;
    }

    static Solution solve(WaterJugsState s) {
        Search search = search(s.capacities(), s.start(), Optional.of(s.end()), Integer.MAX_VALUE);
        int depth = search.depthOf(s.end());
        if (depth < 0) {
            throw new IllegalArgumentException("the amounts " + s.end() + " cannot be reached from " + s.start());
        }
        Trace trace = new Trace()
                .add("Capacities %s, start %s, goal %s; every pour keeps the total of %d litres.",
                        s.capacities(), s.start(), s.end(), s.totalWater())
                .add("A pour empties the source or fills the target, so search the amounts breadth first, "
                        + "one pour per level.");
        for (int k = 1; k < search.layers().size(); k++) {
            trace.add("After %d %s: %d new %s.", k, k == 1 ? "pour" : "pours", search.layers().get(k).size(),
                    search.layers().get(k).size() == 1 ? "state" : "states");
        }
        List<Pour> path = search.pathTo(s.end());
        trace.add("The goal %s first appears after %d %s, along this path:", s.end(), depth,
                depth == 1 ? "pour" : "pours");
        for (Pour p : path) {
            trace.add("Pour jug %d into jug %d (%d %s): %s -> %s.", p.from() + 1, p.to() + 1, p.litres(),
                    p.litres() == 1 ? "litre" : "litres", p.before(), p.after());
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
