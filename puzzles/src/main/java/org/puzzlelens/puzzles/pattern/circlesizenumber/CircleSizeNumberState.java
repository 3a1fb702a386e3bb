package org.puzzlelens.puzzles.pattern.circlesizenumber;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Numbered circles in a ring, clockwise from the one at 3 o'clock; one shows a question mark instead of its
 * number but is still drawn at its size.
 *
 * @param numbers each circle's number (1..9), or {@code ?} for the hidden one
 * @param sizes each circle's size as its rank among the distinct sizes drawn, 1 the smallest
 */
public record CircleSizeNumberState(List<String> numbers, List<Integer> sizes) {
    public CircleSizeNumberState {
        numbers = List.copyOf(numbers);
        sizes = List.copyOf(sizes);
        if (!CircleSizeNumberRenderer.RINGS.contains(numbers.size()) || sizes.size() != numbers.size()) {
            throw new IllegalArgumentException("a ring has " + CircleSizeNumberRenderer.RINGS + " circles, each with a "
                    + "number and a size: " + numbers + " " + sizes);
        }
        if (numbers.stream().filter(PyList.MISSING::equals).count() != 1) {
            throw new IllegalArgumentException("exactly one number is hidden: " + numbers);
        }
        for (String n : numbers) {
            if (!n.equals(PyList.MISSING) && !n.matches("[1-9]")) {
                throw new IllegalArgumentException("circle numbers are 1..9: " + n);
            }
        }
        int levels = CircleSizeNumberRenderer.sizeLevels(numbers.size());
        for (int size : sizes) {
            if (size < 1 || size > levels) {
                throw new IllegalArgumentException(
                        "sizes of a ring of " + numbers.size() + " are 1.." + levels + ": " + sizes);
            }
        }
    }

    public int hidden() {
        return numbers.indexOf(PyList.MISSING);
    }
}
