package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** PuzzleVQA {@code rectangle_height_number}: the number in each rectangle corresponds to its length. */
public final class RectangleHeightNumberPuzzle implements PuzzleType<RectangleHeightNumberState> {
    static final String QUESTION = "What is the missing number of the part denoted with a question mark?";
    static final String NUMBERS_LABEL = "The numbers from left to right are ";
    private static final TypeInfo INFO = new TypeInfo("rectangle_height_number", Suite.PUZZLEVQA,
            EnumSet.of(Tag.numbers, Tag.size), RectangleRow.PARAMS,
            "find the number of the rectangle marked with a question mark from rectangles of the same length");
    private static final int RELEASED_MAX_OPTION = 4;

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<RectangleHeightNumberState> stateType() {
        return RectangleHeightNumberState.class;
    }

    @Override
    public RectangleHeightNumberState generate(Parameters params, RandomGenerator rng) {
        return RectangleHeightNumberGenerator.generate(params, rng);
    }

    @Override
    public String question(RectangleHeightNumberState state) {
        return QUESTION;
    }

    @Override
    public Solution solve(RectangleHeightNumberState state) {
        return RectangleHeightNumberSolver.solve(state);
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

    @Override
    public Canvas canvas(RectangleHeightNumberState state) {
        return RectangleHeightNumberRenderer.CANVAS;
    }

    @Override
    public void draw(RectangleHeightNumberState state, Graphics2D g) {
        RectangleHeightNumberRenderer.draw(state, g);
    }

    @Override
    public String describe(RectangleHeightNumberState state) {
        return RectangleHeightNumberDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(RectangleHeightNumberState state) {
        return RectangleHeightNumberDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return RectangleHeightNumberDescriber.GUIDE;
    }

    @Override
    public Optional<RectangleHeightNumberState> fromFacts(RectangleHeightNumberState question, List<Fact> facts) {
        return RectangleHeightNumberDescriber.fromFacts(facts);
    }

    /** The caption lists every number and every length, so released records read in full. */
    @Override
    public RectangleHeightNumberState fromReleased(JsonNode record) {
        String caption = Released.string(record, "caption");
        return new RectangleHeightNumberState(RectangleRow.lengthsFrom(caption), PyList.after(caption, NUMBERS_LABEL));
    }
}
