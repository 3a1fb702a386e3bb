package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** Numbers as released: short 1, medium 2, long 3. */
final class RectangleHeightNumberGenerator {
    private RectangleHeightNumberGenerator() {}

    static RectangleHeightNumberState generate(Parameters p, RandomGenerator rng) {
        RectangleRow.Layout row = RectangleRow.generate(p, rng);
        List<String> labels =
                new ArrayList<>(row.lengths().stream().map(String::valueOf).toList());
        labels.set(row.missing(), PyList.MISSING);
        return new RectangleHeightNumberState(row.lengths(), labels);
    }
}
