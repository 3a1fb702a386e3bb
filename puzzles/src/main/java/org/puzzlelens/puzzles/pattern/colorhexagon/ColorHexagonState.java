package org.puzzlelens.puzzles.pattern.colorhexagon;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.Gaps;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/** The colours of the six hexagon parts, anti-clockwise from the top; one is unknown (null), drawn grey with a question mark. */
public record ColorHexagonState(List<PatternColour> colours) {
    public ColorHexagonState {
        if (colours.size() != Hexagon.PARTS) {
            throw new IllegalArgumentException("a hexagon has six parts, not " + colours.size());
        }
        colours = Gaps.withOneGap(colours);
    }

    int gap() {
        return Gaps.gap(colours);
    }
}
