package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** PuzzleVQA {@code rectangle_height_number}: the number in each rectangle corresponds to its length. */
public final class RectangleHeightNumberPuzzle extends PuzzleParts<RectangleHeightNumberState> {
    static final String QUESTION = "What is the missing number of the part denoted with a question mark?";
    static final String NUMBERS_LABEL = "The numbers from left to right are ";
    private static final TypeInfo INFO = new TypeInfo("rectangle_height_number", Suite.PUZZLEVQA,
            EnumSet.of(Tag.numbers, Tag.size), RectangleRow.PARAMS,
            "find the number of the rectangle marked with a question mark from rectangles of the same length");
    private static final int RELEASED_MAX_OPTION = 4;

    public RectangleHeightNumberPuzzle() {
        super(INFO, RectangleHeightNumberState.class,
                RectangleHeightNumberGenerator::generate, RectangleHeightNumberSolver::solve,
                state -> RectangleHeightNumberRenderer.CANVAS, RectangleHeightNumberRenderer::draw, RectangleHeightNumberDescriber.INSTANCE);
    }

    @Override
    public String question(RectangleHeightNumberState state) {
        return QUESTION;
    }

    /** The released options are always 1, 2, 3 and 4 in some order. */
    @Override
    public List<String> options(RectangleHeightNumberState state, Solution solution, RandomGenerator rng) {
        int answer = Integer.parseInt(solution.answer());
        return Options.inRange(answer, 1, Math.max(RELEASED_MAX_OPTION, answer), rng);
    }

    static String captionNumbers(RectangleHeightNumberState s) {
        return PyList.format(s.labels().stream().<Object>map(l -> l.equals(PyList.MISSING) ? l : Integer.valueOf(l))
                .toList());
    }

    /** The caption lists every number and every length, so released records read in full. */
    @Override
    public RectangleHeightNumberState fromReleased(JsonNode record) {
        String caption = Released.string(record, "caption");
        return new RectangleHeightNumberState(RectangleRow.lengthsFrom(caption), PyList.after(caption, NUMBERS_LABEL));
    }
}
