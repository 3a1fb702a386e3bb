package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Coloured polygons in a triangle of rows, one of them grey with a question mark.
 *
 * @param sides each polygon's number of sides, in reading order (top row first, left to right)
 * @param colors each polygon's colour name, {@code ?} for exactly one of them
 */
public record PolygonSidesColorState(List<Integer> sides, List<String> colors) {
    public PolygonSidesColorState {
        sides = List.copyOf(sides);
        colors = List.copyOf(colors);
        PolygonTriangle.requireSides(sides);
        if (colors.size() != sides.size()
                || colors.stream().filter(PyList.MISSING::equals).count() != 1) {
            throw new IllegalArgumentException("each polygon needs a colour, exactly one '?': " + colors);
        }
        colors.stream()
                .filter(c -> !c.equals(PyList.MISSING))
                .forEach(c -> PatternColour.requireWord(c, "a polygon colour"));
    }

    public int missing() {
        return colors.indexOf(PyList.MISSING);
    }
}
