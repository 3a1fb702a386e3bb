package org.puzzlelens.puzzles.pattern.colornumberhexagon;

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
 * Three colours, each on two parts placed anywhere; each same-colour pair of numbers (1..9) adds up
 * to one common sum (released 4..15). One number is hidden.
 */
final class ColorNumberHexagonGenerator {
    static final Param.Int PAIR_SUM = new Param.Int(
                    "pair_sum",
                    "the sum of the two numbers on parts of the same colour",
                    IntRange.of(4, 10),
                    IntRange.of(4, 15),
                    IntRange.of(10, 18))
            .legal(IntDomain.range(2, 18)); // two numbers of 1..9
    static final List<Param> PARAMS = List.of(PAIR_SUM);

    private ColorNumberHexagonGenerator() {}

    static ColorNumberHexagonState generate(Parameters p, RandomGenerator rng) {
        int sum = p.get(PAIR_SUM);
        List<PatternColour> pool = new ArrayList<>(List.of(PatternColour.values()));
        List<PatternColour> unplaced = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            PatternColour c = pool.remove(rng.nextInt(pool.size()));
            unplaced.add(c);
            unplaced.add(c);
        }
        List<PatternColour> colours = new ArrayList<>();
        while (!unplaced.isEmpty()) {
            colours.add(unplaced.remove(rng.nextInt(unplaced.size())));
        }
        List<Integer> numbers = new ArrayList<>(List.of(0, 0, 0, 0, 0, 0));
        for (int part = 0; part < Hexagon.PARTS; part++) {
            int partner = colours.lastIndexOf(colours.get(part));
            if (partner > part) {
                int a = rng.nextInt(Math.max(1, sum - 9), Math.min(9, sum - 1) + 1);
                numbers.set(part, a);
                numbers.set(partner, sum - a);
            }
        }
        numbers.set(rng.nextInt(Hexagon.PARTS), null);
        return new ColorNumberHexagonState(colours, numbers);
    }
}
