package org.puzzlelens.puzzles.algo.towerofhanoi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** Both configurations in words and as one fact a rod ({@code start rod 1 = 4,1}, bottom to top). */
enum TowerOfHanoiDescriber implements Describer<TowerOfHanoiState> {
    INSTANCE;

    private static final String GUIDE = """
            State the disks on every rod of both configurations, one fact per line. Number the disks by size,
            1 = smallest; rods 1, 2, 3 from left to right; list each rod's disks from bottom to top:
            start rod <1..3> = <disks bottom to top, comma-separated, or empty>
            end rod <1..3> = <the same for the ending configuration>
            e.g. start rod 1 = 4,1""";
    private static final String EMPTY = "empty";

    /** "rod 1: 4, 1; rod 2: empty; rod 3: 6, 5". */
    static String rods(List<List<Integer>> rods) {
        List<String> out = new ArrayList<>();
        for (int rod = 0; rod < rods.size(); rod++) {
            out.add("rod " + (rod + 1) + ": " + disks(rods.get(rod), ", "));
        }
        return String.join("; ", out);
    }

    private static String disks(List<Integer> rod, String separator) {
        return rod.isEmpty()
                ? EMPTY
                : String.join(separator, rod.stream().map(String::valueOf).toList());
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(TowerOfHanoiState s) {
        return "The image shows a Tower of Hanoi with three rods (rod 1 on the left, rod 3 on the right) and "
                + s.disks() + " disks of different sizes, numbered 1 (smallest) to " + s.disks() + " (largest). "
                + "The top half, titled Starting Configuration, has, listing each rod's disks from bottom to top: "
                + rods(s.start()) + ". The bottom half, titled Ending Configuration, has: " + rods(s.end()) + ".";
    }

    @Override
    public List<Fact> facts(TowerOfHanoiState s) {
        List<Fact> facts = new ArrayList<>();
        for (String side : List.of("start", "end")) {
            List<List<Integer>> rods = side.equals("start") ? s.start() : s.end();
            for (int rod = 0; rod < rods.size(); rod++) {
                facts.add(Fact.of(side + " rod " + (rod + 1), disks(rods.get(rod), ",")));
            }
        }
        return facts;
    }

    @Override
    public Optional<TowerOfHanoiState> fromFacts(TowerOfHanoiState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        try {
            return Optional.of(new TowerOfHanoiState(side(map, "start"), side(map, "end")));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<List<Integer>> side(Map<String, String> map, String side) {
        List<List<Integer>> rods = new ArrayList<>();
        for (int rod = 1; rod <= TowerOfHanoiState.RODS; rod++) {
            String value = map.get(side + " rod " + rod);
            if (value == null) {
                throw new IllegalArgumentException("missing " + side + " rod " + rod);
            }
            rods.add(
                    value.equals(EMPTY)
                            ? List.of()
                            : Arrays.stream(value.split(","))
                                    .map(String::trim)
                                    .map(Integer::valueOf)
                                    .toList());
        }
        return rods;
    }
}
