package org.puzzlelens.puzzles.pattern.gridnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.Grid3;

/**
 * Draws a common row sum, then each row's numbers directly within their feasible bounds (no
 * rejection). The released grids use 1..9 with row sums 9..23, i.e. sums max..3*max-4.
 */
final class GridNumberGenerator {
    static final Param.Int MAX_NUMBER = new Param.Int(
            "max_number",
            "numbers in the grid are 1..max_number",
            IntRange.exactly(5),
            IntRange.exactly(9),
            IntRange.exactly(15));
    static final List<Param> PARAMS = List.of(MAX_NUMBER);

    private GridNumberGenerator() {}

    static GridNumberState generate(Parameters p, RandomGenerator rng) {
        int max = p.get(MAX_NUMBER);
        int sum = rng.nextInt(max, 3 * max - 3);
        List<Integer> cells = new ArrayList<>();
        for (int r = 0; r < Grid3.SIDE; r++) {
            int a = rng.nextInt(Math.max(1, sum - 2 * max), Math.min(max, sum - 2) + 1);
            int b = rng.nextInt(Math.max(1, sum - a - max), Math.min(max, sum - a - 1) + 1);
            cells.addAll(List.of(a, b, sum - a - b));
        }
        cells.set(rng.nextInt(Grid3.CELLS), null);
        return new GridNumberState(cells);
    }
}
