package org.puzzlelens.puzzles.pattern.colorgrid;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.Gaps;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/** A 3 x 3 grid of coloured circles, row-major; one circle is missing (null), shown as a question mark. */
public record ColorGridState(List<PatternColour> colours) {
    public ColorGridState {
        if (colours.size() != Grid3.CELLS) {
            throw new IllegalArgumentException("a 3x3 grid has nine circles, not " + colours.size());
        }
        colours = Gaps.withOneGap(colours);
    }

    int gap() {
        return Gaps.gap(colours);
    }
}
