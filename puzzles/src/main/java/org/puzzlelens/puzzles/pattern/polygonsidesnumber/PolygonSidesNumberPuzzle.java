package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
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
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;

/** PuzzleVQA {@code polygon_sides_number}: the hidden number is the polygon's number of sides. */
public final class PolygonSidesNumberPuzzle extends PuzzleParts<PolygonSidesNumberState> {
    static final String QUESTION = "What is the missing number of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("polygon_sides_number", Suite.PUZZLEVQA,
            EnumSet.of(Tag.numbers, Tag.shapes), PolygonTriangle.PARAMS,
            "find the number of the polygon marked with a question mark from its number of sides",
            PolygonSidesNumberGenerator.RULES);
    private static final int RELEASED_MAX_SIDES = 9;

    public PolygonSidesNumberPuzzle() {
        super(INFO, PolygonSidesNumberState.class,
                PolygonSidesNumberGenerator::generate, PolygonSidesNumberSolver::solve,
                state -> PolygonSidesNumberRenderer.CANVAS, PolygonSidesNumberRenderer::draw, PolygonSidesNumberDescriber.INSTANCE);
    }

    @Override
    public String question(PolygonSidesNumberState state) {
        return QUESTION;
    }

    /** Other side counts, as released: from 3..9 (3..12 when the puzzle has more sides than 9). */
    @Override
    public List<String> options(PolygonSidesNumberState state, Solution solution, RandomGenerator rng) {
        int most = Math.max(RELEASED_MAX_SIDES, Collections.max(state.sides()));
        return Options.inRange(Integer.parseInt(solution.answer()), PolygonTriangle.MIN_SIDES, most, rng);
    }

    /** Reads numbers and side counts from the caption; released captions state no side counts and are refused. */
    @Override
    public PolygonSidesNumberState fromReleased(JsonNode record) {
        String caption = Released.string(record, "caption");
        List<Integer> sides = PolygonTriangle.sidesFrom(caption);
        List<String> labels = PolygonTriangle.partsFrom(caption, PolygonSidesNumberDescriber.NUMBERS_LABEL);
        return new PolygonSidesNumberState(sides, labels);
    }
}
