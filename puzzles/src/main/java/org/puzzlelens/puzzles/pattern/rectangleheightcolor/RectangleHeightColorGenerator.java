package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** Three distinct palette colours, one per length, as released. */
final class RectangleHeightColorGenerator {
    private RectangleHeightColorGenerator() {}

    static RectangleHeightColorState generate(Parameters p, RandomGenerator rng) {
        RectangleRow.Layout row = RectangleRow.generate(p, rng);
        List<String> pool = new ArrayList<>(PatternColour.words());
        List<String> byLength = new ArrayList<>();
        for (int l = 0; l < RectangleRow.LENGTHS.size(); l++) {
            byLength.add(pool.remove(rng.nextInt(pool.size())));
        }
        List<String> colours = new ArrayList<>(
                row.lengths().stream().map(l -> byLength.get(l - 1)).toList());
        colours.set(row.missing(), PyList.MISSING);
        return new RectangleHeightColorState(row.lengths(), colours);
    }
}
