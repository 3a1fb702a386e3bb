package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.Collections;
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
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;

/** PuzzleVQA {@code polygon_sides_number}: the hidden number is the polygon's number of sides. */
public final class PolygonSidesNumberPuzzle implements PuzzleType<PolygonSidesNumberState> {
    static final String QUESTION = "What is the missing number of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("polygon_sides_number", Suite.PUZZLEVQA,
            EnumSet.of(Tag.numbers, Tag.shapes), PolygonTriangle.PARAMS,
            "find the number of the polygon marked with a question mark from its number of sides");
    private static final int RELEASED_MAX_SIDES = 9;

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<PolygonSidesNumberState> stateType() {
        return PolygonSidesNumberState.class;
    }

    @Override
    public PolygonSidesNumberState generate(Parameters params, RandomGenerator rng) {
        return PolygonSidesNumberGenerator.generate(params, rng);
    }

    @Override
    public String question(PolygonSidesNumberState state) {
        return QUESTION;
    }

    @Override
    public Solution solve(PolygonSidesNumberState state) {
        return PolygonSidesNumberSolver.solve(state);
    }

    /** Other side counts, as released: from 3..9 (3..12 when the puzzle has more sides than 9). */
    @Override
    public List<String> options(PolygonSidesNumberState state, Solution solution, RandomGenerator rng) {
        int most = Math.max(RELEASED_MAX_SIDES, Collections.max(state.sides()));
        return Options.inRange(Integer.parseInt(solution.answer()), PolygonTriangle.MIN_SIDES, most, rng);
    }

    @Override
    public Canvas canvas(PolygonSidesNumberState state) {
        return PolygonSidesNumberRenderer.CANVAS;
    }

    @Override
    public void draw(PolygonSidesNumberState state, Graphics2D g) {
        PolygonSidesNumberRenderer.draw(state, g);
    }

    @Override
    public String describe(PolygonSidesNumberState state) {
        return PolygonSidesNumberDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(PolygonSidesNumberState state) {
        return PolygonSidesNumberDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return PolygonSidesNumberDescriber.GUIDE;
    }

    @Override
    public Optional<PolygonSidesNumberState> fromFacts(PolygonSidesNumberState question, List<Fact> facts) {
        return PolygonSidesNumberDescriber.fromFacts(facts);
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
