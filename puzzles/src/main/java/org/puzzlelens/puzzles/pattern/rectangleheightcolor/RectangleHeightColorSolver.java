package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** Reads which colour each length has off the visible rectangles and applies it to the hidden one. */
final class RectangleHeightColorSolver {
    /** Where the caption this solver writes, and the puzzle reads back, lists the colors. */
    static final String COLORS_LABEL = "The colors from left to right are ";

    static final String RULE = "the color of each rectangle corresponds to its length";

    private RectangleHeightColorSolver() {}

    /** @throws IllegalArgumentException when a length has two colours or the hidden length none */
    static Solution solve(RectangleHeightColorState s) {
        List<String> trace = new ArrayList<>();
        String answer = RectangleRow.solve(s.lengths(), s.colors(), "the colour", trace);
        int hiddenLength = s.lengths().get(s.colors().indexOf(PyList.MISSING));
        List<String> others = new ArrayList<>();
        RectangleRow.markOfLength(s.lengths(), s.colors()).forEach((length, colour) -> {
            if (length != hiddenLength) {
                others.add("the " + colour + " rectangles are of " + RectangleRow.lengthName(length) + " length");
            }
        });
        var top = Json.object();
        top.put(
                "caption",
                "There are " + s.lengths().size() + " rectangles in the image with varying colors and "
                        + "lengths. " + RectangleRow.lengthsSentence(s.lengths()) + " "
                        + COLORS_LABEL
                        + PyList.format(s.colors()) + ".");
        top.put(
                "explanation",
                "We observe that " + String.join(" and ", others) + ". Hence, the pattern is that " + RULE + ".");
        top.put(
                "deduction",
                "Based on the pattern that " + RULE + ", the missing color of the part denoted with a "
                        + "question mark should be " + answer + ".");
        return new Solution(answer, trace, Json.object(), top);
    }
}
