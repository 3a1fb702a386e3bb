package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.Gaps;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * A 3 x 3 grid of numbered coloured cells, row-major. One cell's colour is unknown (null); that
 * cell shows a question mark and its number is told only by the question.
 */
public record GridNumberColorState(List<Integer> numbers, List<PatternColour> colours) {
    public GridNumberColorState {
        if (numbers.size() != Grid3.CELLS || colours.size() != Grid3.CELLS) {
            throw new IllegalArgumentException("a 3x3 grid has nine numbers and nine colours");
        }
        if (numbers.stream().anyMatch(n -> n == null || n < 1)) {
            throw new IllegalArgumentException("every cell needs a positive number: " + numbers);
        }
        numbers = List.copyOf(numbers);
        colours = Gaps.withOneGap(colours);
    }

    int gap() {
        return Gaps.gap(colours);
    }

    /** The number the question gives for the unknown cell. */
    int askedNumber() {
        return numbers.get(gap());
    }
}
