package org.puzzlelens.puzzles.pattern.colornumberhexagon;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code color_number_hexagon}: the numbers on parts of the same colour add up to one value. */
public final class ColorNumberHexagonPuzzle implements PuzzleType<ColorNumberHexagonState> {
    private static final TypeInfo INFO = new TypeInfo("color_number_hexagon", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.numbers), ColorNumberHexagonGenerator.PARAMS,
            "find a hexagon part's number from the common sum of same-colour pairs");
    private static final Pattern PARTS = Pattern.compile(
            "six parts with the colors (\\[[^]]*]) in an anti-clockwise order\\. The parts are denoted with the numbers "
                    + "(\\[[^]]*])");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<ColorNumberHexagonState> stateType() {
        return ColorNumberHexagonState.class;
    }

    @Override
    public ColorNumberHexagonState generate(Parameters params, RandomGenerator rng) {
        return ColorNumberHexagonGenerator.generate(params, rng);
    }

    @Override
    public String question(ColorNumberHexagonState state) {
        return PatternAnswers.MISSING_NUMBER;
    }

    @Override
    public Solution solve(ColorNumberHexagonState state) {
        return ColorNumberHexagonSolver.solve(state);
    }

    @Override
    public List<String> options(ColorNumberHexagonState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.numberOptions(Integer.parseInt(solution.answer()),
                state.numbers().stream().filter(v -> v != null).toList(), rng);
    }

    @Override
    public Canvas canvas(ColorNumberHexagonState state) {
        return PatternDraw.CANVAS;
    }

    @Override
    public void draw(ColorNumberHexagonState state, Graphics2D g) {
        ColorNumberHexagonRenderer.draw(state, g);
    }

    @Override
    public String describe(ColorNumberHexagonState state) {
        return ColorNumberHexagonDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(ColorNumberHexagonState state) {
        return ColorNumberHexagonDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return ColorNumberHexagonDescriber.GUIDE;
    }

    @Override
    public Optional<ColorNumberHexagonState> fromFacts(ColorNumberHexagonState question, List<Fact> facts) {
        return ColorNumberHexagonDescriber.fromFacts(facts);
    }

    @Override
    public ColorNumberHexagonState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(PARTS, PatternAnswers.caption(record),
                "the colours and numbers of six parts");
        return PatternAnswers.fromCaption(
                () -> new ColorNumberHexagonState(PyList.colours(m.group(1)), PyList.numbers(m.group(2))),
                ColorNumberHexagonSolver::solve, "same-colour pairs with a common sum");
    }
}
