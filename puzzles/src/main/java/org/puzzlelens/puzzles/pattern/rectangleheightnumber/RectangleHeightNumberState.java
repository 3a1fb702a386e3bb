package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/**
 * A row of upright rectangles, each short, medium or long with a number inside; one shows a question mark.
 *
 * @param lengths left to right: 1 short, 2 medium, 3 long
 * @param labels left to right: the number shown, or {@code ?} for exactly one rectangle
 */
public record RectangleHeightNumberState(List<Integer> lengths, List<String> labels) {
    public RectangleHeightNumberState {
        lengths = List.copyOf(lengths);
        labels = List.copyOf(labels);
        RectangleRow.requireLengths(lengths);
        if (labels.size() != lengths.size()
                || labels.stream().filter(PyList.MISSING::equals).count() != 1
                || !labels.stream().allMatch(l -> l.equals(PyList.MISSING) || l.matches("[1-9]"))) {
            throw new IllegalArgumentException("each rectangle shows a number 1..9, exactly one a '?': " + labels);
        }
    }
}
