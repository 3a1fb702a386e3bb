package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/**
 * A row of coloured upright rectangles, each short, medium or long; one is grey with a question mark.
 *
 * @param lengths left to right: 1 short, 2 medium, 3 long
 * @param colors left to right: colour names, {@code ?} for exactly one rectangle
 */
public record RectangleHeightColorState(List<Integer> lengths, List<String> colors) {
    public RectangleHeightColorState {
        lengths = List.copyOf(lengths);
        colors = List.copyOf(colors);
        RectangleRow.requireLengths(lengths);
        if (colors.size() != lengths.size()
                || colors.stream().filter(PyList.MISSING::equals).count() != 1) {
            throw new IllegalArgumentException("each rectangle needs a colour, exactly one '?': " + colors);
        }
        colors.stream()
                .filter(c -> !c.equals(PyList.MISSING))
                .forEach(c -> PatternColour.requireWord(c, "a rectangle colour"));
    }
}
