package org.puzzlelens.puzzles.algo.waterjugs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Distinct capacities in descending order, at least as much water as the largest jug holds (as
 * released), a random start, and a goal drawn among the amounts first reachable after the wanted
 * number of pours.
 */
final class WaterJugsGenerator {
    /** Starts to try before settling for the deepest goal found, which keeps generation bounded. */
    private static final int ATTEMPTS = 20;

    static final Param.Int JUGS =
            new Param.Int("jugs", "number of jugs", IntRange.of(3, 3), IntRange.of(3, 5), IntRange.of(4, 5));
    static final Param.Int POURS = new Param.Int(
            "pours",
            "least number of pours from start to goal",
            IntRange.of(1, 2),
            IntRange.of(1, 4),
            IntRange.of(5, 6));
    static final Param.Int MAX_CAPACITY = new Param.Int(
            "max_capacity",
            "capacities are distinct, drawn from 1 to this",
            IntRange.exactly(9),
            IntRange.exactly(14),
            IntRange.exactly(20));
    static final List<Param> PARAMS = List.of(JUGS, POURS, MAX_CAPACITY);

    private WaterJugsGenerator() {}

    static WaterJugsState generate(Parameters p, RandomGenerator rng) {
        int jugs = p.get(JUGS);
        int pours = p.get(POURS);
        int maxCapacity = p.get(MAX_CAPACITY);
        if (jugs < 2 || jugs > maxCapacity || pours < 1) {
            throw new IllegalArgumentException("need 2..max_capacity jugs and at least one pour");
        }
        WaterJugsState best = null;
        int bestDepth = 0;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> capacities = capacities(jugs, maxCapacity, rng);
            List<Integer> start = start(capacities, rng);
            var layers = WaterJugsSolver.search(capacities, start, Optional.empty(), pours)
                    .layers();
            int depth = Math.min(pours, layers.size() - 1);
            if (depth == 0) {
                continue;
            }
            List<List<Integer>> goals = layers.get(depth);
            WaterJugsState candidate = new WaterJugsState(capacities, start, goals.get(rng.nextInt(goals.size())));
            if (depth == pours) {
                return candidate;
            }
            if (depth > bestDepth) {
                best = candidate;
                bestDepth = depth;
            }
        }
        if (best == null) {
            throw new IllegalStateException("no pour possible in " + ATTEMPTS + " draws");
        }
        return best;
    }

    private static List<Integer> capacities(int jugs, int maxCapacity, RandomGenerator rng) {
        List<Integer> pool = new ArrayList<>();
        for (int c = 1; c <= maxCapacity; c++) {
            pool.add(c);
        }
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < jugs; i++) {
            chosen.add(pool.remove(rng.nextInt(pool.size())));
        }
        chosen.sort(Comparator.reverseOrder());
        return List.copyOf(chosen);
    }

    /** Between the largest capacity and one litre short of full, spread over the jugs at random. */
    private static List<Integer> start(List<Integer> capacities, RandomGenerator rng) {
        int room = WaterJugsState.total(capacities);
        int total = rng.nextInt(capacities.get(0), room);
        List<Integer> amounts = new ArrayList<>();
        int left = total;
        int roomAfter = room;
        for (int cap : capacities) {
            roomAfter -= cap;
            int amount = rng.nextInt(Math.max(0, left - roomAfter), Math.min(cap, left) + 1);
            amounts.add(amount);
            left -= amount;
        }
        return List.copyOf(amounts);
    }
}
