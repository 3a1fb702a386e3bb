package org.puzzlelens.puzzles.pattern.gridnumber;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.Gaps;
import org.puzzlelens.puzzles.pattern.common.Grid3;

/**
 * A 3 x 3 grid of positive numbers, row-major; the rows add up to the same value and one cell is
 * unknown (null), shown as {@code ?}.
 */
public record GridNumberState(List<Integer> cells) {
    public GridNumberState {
        if (cells.size() != Grid3.CELLS) {
            throw new IllegalArgumentException("a 3x3 grid has nine cells, not " + cells.size());
        }
        cells = Gaps.withOneGap(cells);
        if (cells.stream().anyMatch(v -> v != null && v < 1)) {
            throw new IllegalArgumentException("numbers must be positive: " + cells);
        }
    }

    int gap() {
        return Gaps.gap(cells);
    }
}
