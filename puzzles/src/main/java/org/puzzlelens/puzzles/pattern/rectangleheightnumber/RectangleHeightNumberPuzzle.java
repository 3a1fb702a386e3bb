package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** PuzzleVQA {@code rectangle_height_number}: the number in each rectangle corresponds to its length. */
public final class RectangleHeightNumberPuzzle extends PatternPuzzle<RectangleHeightNumberState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "rectangle_height_number",
            Suite.PUZZLEVQA,
            "find the number of the rectangle marked with a question mark from rectangles of the same length",
            RectangleRow.PARAMS,
            Tag.numbers,
            Tag.size);

    public RectangleHeightNumberPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                // the released options are always 1, 2, 3 and 4 in some order
                OptionRule.inRange(1, 4),
                RectangleHeightNumberDescriber::fromCaption,
                RectangleHeightNumberGenerator::generate,
                RectangleHeightNumberSolver::solve,
                RectangleHeightNumberRenderer.CANVAS,
                RectangleHeightNumberRenderer::draw,
                RectangleHeightNumberDescriber.INSTANCE);
    }

    static String captionNumbers(RectangleHeightNumberState s) {
        return PyList.format(s.labels().stream()
                .<Object>map(l -> l.equals(PyList.MISSING) ? l : Integer.valueOf(l))
                .toList());
    }
}
