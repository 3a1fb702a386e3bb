package org.puzzlelens.puzzles.pattern.venn;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Draws three circle numbers; each overlap holds the sum of its two circles. As released, the
 * hidden circle is the first or the last one, so one overlap shows the rule in full.
 */
final class VennGenerator {
    static final Param.Int MAX_NUMBER = new Param.Int(
            "max_number",
            "circle numbers are drawn from 1..max_number",
            IntRange.exactly(5),
            IntRange.exactly(9),
            IntRange.exactly(20));
    static final List<Param> PARAMS = List.of(MAX_NUMBER);

    private VennGenerator() {}

    static VennState generate(Parameters p, RandomGenerator rng) {
        int max = p.get(MAX_NUMBER);
        if (max < 4) {
            throw new IllegalArgumentException("max_number must be at least 4, got " + max);
        }
        List<Integer> circles = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            circles.add(rng.nextInt(1, max + 1));
        }
        List<Integer> overlaps = List.of(circles.get(0) + circles.get(1), circles.get(1) + circles.get(2));
        circles.set(rng.nextBoolean() ? 0 : 2, null);
        return new VennState(circles, overlaps);
    }
}
