package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntDomain;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * Gives each of k distinct numbers its own colour and spreads them over the nine cells as evenly as
 * possible (released: k = 4, counts 3, 2, 2, 2); the unknown cell is one whose number repeats.
 */
final class GridNumberColorGenerator {
    static final Param.Int DISTINCT_NUMBERS = new Param.Int(
                    "distinct_numbers",
                    "how many different numbers (each with its own colour) fill the grid",
                    IntRange.exactly(3),
                    IntRange.exactly(4),
                    IntRange.exactly(5))
            .legal(IntDomain.range(2, PatternColour.values().length)); // one colour per number
    static final List<Param> PARAMS = List.of(DISTINCT_NUMBERS);

    private GridNumberColorGenerator() {}

    static GridNumberColorState generate(Parameters p, RandomGenerator rng) {
        int k = p.get(DISTINCT_NUMBERS);
        List<Integer> digits = draw(new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9)), k, rng);
        List<PatternColour> palette = draw(new ArrayList<>(List.of(PatternColour.values())), k, rng);
        List<Integer> kinds = new ArrayList<>();
        for (int i = 0; i < Grid3.CELLS; i++) {
            kinds.add(i % k);
        }
        List<Integer> placed = draw(kinds, Grid3.CELLS, rng);
        List<Integer> numbers = new ArrayList<>();
        List<PatternColour> colours = new ArrayList<>();
        placed.forEach(kind -> {
            numbers.add(digits.get(kind));
            colours.add(palette.get(kind));
        });
        List<Integer> repeated = new ArrayList<>();
        for (int i = 0; i < Grid3.CELLS; i++) {
            int kind = placed.get(i);
            if (placed.stream().filter(x -> x == kind).count() >= 2) {
                repeated.add(i);
            }
        }
        colours.set(repeated.get(rng.nextInt(repeated.size())), null);
        return new GridNumberColorState(numbers, colours);
    }

    /** {@code n} items drawn from {@code pool} without replacement, in drawn order. */
    private static <T> List<T> draw(List<T> pool, int n, RandomGenerator rng) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(pool.remove(rng.nextInt(pool.size())));
        }
        return out;
    }
}
