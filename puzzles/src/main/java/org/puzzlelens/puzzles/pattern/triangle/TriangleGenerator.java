package org.puzzlelens.puzzles.pattern.triangle;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/** Draws three pairs of factors and hides one number of one group; released factors are 1..9. */
final class TriangleGenerator {
    static final Param.Int MAX_FACTOR = new Param.Int(
            "max_factor",
            "the two left numbers of a group are drawn from 1..max_factor",
            IntRange.exactly(5),
            IntRange.exactly(9),
            IntRange.exactly(12));
    static final List<Param> PARAMS = List.of(MAX_FACTOR);

    private TriangleGenerator() {}

    static TriangleState generate(Parameters p, RandomGenerator rng) {
        int max = p.get(MAX_FACTOR);
        if (max < 2) {
            throw new IllegalArgumentException("max_factor must be at least 2, got " + max);
        }
        int gapGroup = rng.nextInt(TriangleState.GROUPS);
        int gapSlot = rng.nextInt(3);
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < TriangleState.GROUPS; i++) {
            int top = rng.nextInt(1, max + 1);
            int bottom = rng.nextInt(1, max + 1);
            List<Integer> group = new ArrayList<>(List.of(top, bottom, top * bottom));
            if (i == gapGroup) {
                group.set(gapSlot, null);
            }
            groups.add(group);
        }
        return new TriangleState(groups);
    }
}
