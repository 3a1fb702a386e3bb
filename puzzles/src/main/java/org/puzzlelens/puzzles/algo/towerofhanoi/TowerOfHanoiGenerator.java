package org.puzzlelens.puzzles.algo.towerofhanoi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Puts each disk on a random rod, then picks the ending arrangement uniformly among those exactly the
 * drawn number of moves away (fewer when no arrangement is that far), found by breadth-first search.
 */
final class TowerOfHanoiGenerator {
    static final Param.Int DISKS =
            new Param.Int("disks", "number of disks", IntRange.of(3, 4), IntRange.of(3, 6), IntRange.of(6, 8));
    static final Param.Int MOVES = new Param.Int(
            "moves",
            "least number of moves from start to end",
            IntRange.of(1, 3),
            IntRange.of(1, 6),
            IntRange.of(7, 15));
    static final List<Param> PARAMS = List.of(DISKS, MOVES);

    private TowerOfHanoiGenerator() {}

    static TowerOfHanoiState generate(Parameters p, RandomGenerator rng) {
        int disks = p.get(DISKS);
        List<List<Integer>> rods = new ArrayList<>(List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        for (int disk = disks; disk >= 1; disk--) {
            rods.get(rng.nextInt(TowerOfHanoiState.RODS)).add(disk);
        }
        int start = HanoiGraph.code(rods);
        int[] distance = HanoiGraph.search(start, disks).distance();
        int farthest = Arrays.stream(distance).max().orElseThrow();
        int moves = Math.min(p.get(MOVES), farthest);
        List<Integer> candidates = new ArrayList<>();
        for (int code = 0; code < distance.length; code++) {
            if (distance[code] == moves) {
                candidates.add(code);
            }
        }
        int end = candidates.get(rng.nextInt(candidates.size()));
        return new TowerOfHanoiState(HanoiGraph.rods(start, disks), HanoiGraph.rods(end, disks));
    }
}
