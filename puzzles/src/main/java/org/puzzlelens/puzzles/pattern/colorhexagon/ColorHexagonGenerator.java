package org.puzzlelens.puzzles.pattern.colorhexagon;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntDomain;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * Colours the three pairs of opposite parts and hides one part. Released: three distinct colours;
 * the hard preset may give two pairs the same colour, so that counting colours no longer finds the
 * answer and only the opposite-parts rule does.
 */
final class ColorHexagonGenerator {
    static final Param.Int DISTINCT_COLOURS = new Param.Int(
                    "distinct_colours",
                    "how many different colours the three opposite pairs use",
                    IntRange.exactly(3),
                    IntRange.exactly(3),
                    IntRange.of(2, 3))
            .legal(IntDomain.range(1, 3));
    static final List<Param> PARAMS = List.of(DISTINCT_COLOURS);

    private ColorHexagonGenerator() {}

    static ColorHexagonState generate(Parameters p, RandomGenerator rng) {
        int distinct = p.get(DISTINCT_COLOURS);
        List<PatternColour> pool = new ArrayList<>(List.of(PatternColour.values()));
        List<PatternColour> pairs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            pairs.add(i < distinct ? pool.remove(rng.nextInt(pool.size())) : pairs.get(rng.nextInt(distinct)));
        }
        List<PatternColour> colours = new ArrayList<>();
        for (int i = 0; i < Hexagon.PARTS; i++) {
            colours.add(pairs.get(i % 3));
        }
        colours.set(rng.nextInt(Hexagon.PARTS), null);
        return new ColorHexagonState(colours);
    }
}
