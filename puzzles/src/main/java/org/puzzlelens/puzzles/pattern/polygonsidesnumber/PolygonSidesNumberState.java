package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Polygons in a triangle of rows, each showing a number except one that shows a question mark.
 *
 * @param sides each polygon's number of sides, in reading order (top row first, left to right)
 * @param labels what each polygon shows: a number, or {@code ?} for exactly one of them
 */
public record PolygonSidesNumberState(List<Integer> sides, List<String> labels) {
    public PolygonSidesNumberState {
        sides = List.copyOf(sides);
        labels = List.copyOf(labels);
        PolygonTriangle.requireSides(sides);
        if (labels.size() != sides.size()
                || labels.stream().filter(PyList.MISSING::equals).count() != 1
                || !labels.stream().allMatch(l -> l.equals(PyList.MISSING) || l.matches("[1-9]\\d?"))) {
            throw new IllegalArgumentException("each polygon shows a number 1..99, and exactly one a '?': " + labels);
        }
    }

    public int missing() {
        return labels.indexOf(PyList.MISSING);
    }
}
