package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** Reads which number each length carries off the visible rectangles and applies it to the hidden one. */
final class RectangleHeightNumberSolver {
    /** Where the caption this solver writes, and the puzzle reads back, lists the numbers. */
    static final String NUMBERS_LABEL = "The numbers from left to right are ";

    static final String RULE = "the number in each rectangle corresponds to its length";

    private RectangleHeightNumberSolver() {}

    /** @throws IllegalArgumentException when a length carries two numbers or the hidden length none */
    static Solution solve(RectangleHeightNumberState s) {
        List<String> trace = new ArrayList<>();
        String answer = RectangleRow.solve(s.lengths(), s.labels(), "the number", trace);
        List<String> denoted = new ArrayList<>();
        for (Map.Entry<Integer, String> e :
                RectangleRow.markOfLength(s.lengths(), s.labels()).entrySet()) {
            denoted.add("the " + RectangleRow.lengthName(e.getKey()) + " rectangles are denoted as " + e.getValue());
        }
        var top = Json.object();
        top.put(
                "caption",
                "There are " + s.lengths().size() + " rectangles in the image with varying lengths and numbers "
                        + "inside them. " + NUMBERS_LABEL
                        + RectangleHeightNumberPuzzle.captionNumbers(s)
                        + ". " + RectangleRow.lengthsSentence(s.lengths()));
        top.put(
                "explanation",
                "We observe that " + String.join(", ", denoted.subList(0, denoted.size() - 1))
                        + (denoted.size() > 2 ? "," : "") + (denoted.size() > 1 ? " and " : "")
                        + denoted.get(denoted.size() - 1)
                        + ". Hence, the pattern is that " + RULE + ".");
        top.put(
                "deduction",
                "Based on the pattern that " + RULE + ", the missing number of the rectangle with a question "
                        + "mark should be " + answer + ".");
        return new Solution(answer, trace, Json.object(), top);
    }
}
