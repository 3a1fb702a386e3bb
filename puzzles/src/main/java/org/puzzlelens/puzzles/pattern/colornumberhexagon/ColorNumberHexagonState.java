package org.puzzlelens.puzzles.pattern.colornumberhexagon;

import java.util.List;
import java.util.Objects;
import org.puzzlelens.puzzles.pattern.common.Gaps;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * The six hexagon parts anti-clockwise from the top: each has a colour and a number; one number is
 * unknown (null), shown as a question mark on its still coloured part.
 */
public record ColorNumberHexagonState(List<PatternColour> colours, List<Integer> numbers) {
    public ColorNumberHexagonState {
        if (colours.size() != Hexagon.PARTS || numbers.size() != Hexagon.PARTS) {
            throw new IllegalArgumentException("a hexagon has six parts");
        }
        if (colours.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("every part has a colour: " + colours);
        }
        colours = List.copyOf(colours);
        numbers = Gaps.withOneGap(numbers);
    }

    int gap() {
        return Gaps.gap(numbers);
    }
}
