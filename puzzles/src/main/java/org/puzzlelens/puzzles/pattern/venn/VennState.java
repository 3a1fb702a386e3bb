package org.puzzlelens.puzzles.pattern.venn;

import java.util.List;
import java.util.Objects;
import org.puzzlelens.puzzles.pattern.common.Gaps;

/**
 * Three overlapping circles in a row: the number of each circle (one unknown, null) and the numbers
 * of the two overlaps, first-second and second-third.
 */
public record VennState(List<Integer> circles, List<Integer> overlaps) {
    public VennState {
        if (circles.size() != 3 || overlaps.size() != 2) {
            throw new IllegalArgumentException("three circles and two overlaps needed: " + circles + " " + overlaps);
        }
        if (overlaps.stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("both overlaps show a number: " + overlaps);
        }
        circles = Gaps.withOneGap(circles);
        overlaps = List.copyOf(overlaps);
    }

    int gap() {
        return Gaps.gap(circles);
    }
}
