package org.puzzlelens.puzzles.pattern.colorhexagon;

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

/** PuzzleVQA {@code color_hexagon}: opposite parts of a hexagon have the same colour. */
public final class ColorHexagonPuzzle implements PuzzleType<ColorHexagonState> {
    private static final TypeInfo INFO = new TypeInfo("color_hexagon", Suite.PUZZLEVQA, EnumSet.of(Tag.colors),
            ColorHexagonGenerator.PARAMS, "find the colour of a hexagon part from the part opposite it");
    private static final Pattern COLOURS = Pattern.compile("six parts with the colors (\\[[^]]*])");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<ColorHexagonState> stateType() {
        return ColorHexagonState.class;
    }

    @Override
    public ColorHexagonState generate(Parameters params, RandomGenerator rng) {
        return ColorHexagonGenerator.generate(params, rng);
    }

    @Override
    public String question(ColorHexagonState state) {
        return "What is the missing color of the part denoted with a question mark?";
    }

    @Override
    public Solution solve(ColorHexagonState state) {
        return ColorHexagonSolver.solve(state);
    }

    @Override
    public List<String> options(ColorHexagonState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.colourOptions(solution.answer(), rng);
    }

    @Override
    public Canvas canvas(ColorHexagonState state) {
        return PatternDraw.CANVAS;
    }

    @Override
    public void draw(ColorHexagonState state, Graphics2D g) {
        ColorHexagonRenderer.draw(state, g);
    }

    @Override
    public String describe(ColorHexagonState state) {
        return ColorHexagonDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(ColorHexagonState state) {
        return ColorHexagonDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return ColorHexagonDescriber.GUIDE;
    }

    @Override
    public Optional<ColorHexagonState> fromFacts(ColorHexagonState question, List<Fact> facts) {
        return ColorHexagonDescriber.fromFacts(facts);
    }

    @Override
    public ColorHexagonState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(COLOURS, PatternAnswers.caption(record), "the colours of six parts");
        return PatternAnswers.fromCaption(() -> new ColorHexagonState(PyList.colours(m.group(1))),
                ColorHexagonSolver::solve, "matching opposite parts");
    }
}
