package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * A chain of squares, each overlapping the next; one square is grey with a question mark.
 *
 * @param squares each square's colour along the chain (bottom left first), {@code ?} for exactly one
 * @param overlaps the colour where square i and square i+1 overlap
 */
public record ColorOverlapSquaresState(List<String> squares, List<String> overlaps) {
    public ColorOverlapSquaresState {
        squares = List.copyOf(squares);
        overlaps = List.copyOf(overlaps);
        if (squares.size() < 2
                || squares.size() > 4
                || overlaps.size() != squares.size() - 1
                || squares.stream().filter(PyList.MISSING::equals).count() != 1) {
            throw new IllegalArgumentException("2..4 squares, one overlap between each neighbouring pair, exactly one "
                    + "'?': " + squares + " " + overlaps);
        }
        squares.stream()
                .filter(c -> !c.equals(PyList.MISSING))
                .forEach(c -> PatternColour.requireWord(c, "a square colour"));
        overlaps.forEach(c -> PatternColour.requireWord(c, "an overlap colour"));
    }

    public int missing() {
        return squares.indexOf(PyList.MISSING);
    }
}
