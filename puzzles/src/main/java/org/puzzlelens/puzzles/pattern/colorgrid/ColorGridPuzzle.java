package org.puzzlelens.puzzles.pattern.colorgrid;

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
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code color_grid}: corner circles share a colour, circles next to the centre share another. */
public final class ColorGridPuzzle implements PuzzleType<ColorGridState> {
    private static final TypeInfo INFO = new TypeInfo("color_grid", Suite.PUZZLEVQA, EnumSet.of(Tag.colors),
            ColorGridGenerator.PARAMS, "find the colour of a missing circle in a symmetric 3x3 colour grid");
    private static final Pattern ROWS = Pattern.compile("first row are (\\[[^]]*]), the colors in the second row are "
            + "(\\[[^]]*]),? and the colors in the third row are (\\[[^]]*])");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<ColorGridState> stateType() {
        return ColorGridState.class;
    }

    @Override
    public ColorGridState generate(Parameters params, RandomGenerator rng) {
        return ColorGridGenerator.generate(params, rng);
    }

    @Override
    public String question(ColorGridState state) {
        return "What is the color of the missing part denoted with a question mark?";
    }

    @Override
    public Solution solve(ColorGridState state) {
        return ColorGridSolver.solve(state);
    }

    @Override
    public List<String> options(ColorGridState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.colourOptions(solution.answer(), rng);
    }

    @Override
    public Canvas canvas(ColorGridState state) {
        return PatternDraw.CANVAS;
    }

    @Override
    public void draw(ColorGridState state, Graphics2D g) {
        ColorGridRenderer.draw(state, g);
    }

    @Override
    public String describe(ColorGridState state) {
        return ColorGridDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(ColorGridState state) {
        return ColorGridDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return ColorGridDescriber.GUIDE;
    }

    @Override
    public Optional<ColorGridState> fromFacts(ColorGridState question, List<Fact> facts) {
        return ColorGridDescriber.fromFacts(facts);
    }

    @Override
    public ColorGridState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(ROWS, PatternAnswers.caption(record), "three rows of colours");
        var rows = List.of(PyList.colours(m.group(1)), PyList.colours(m.group(2)), PyList.colours(m.group(3)));
        return PatternAnswers.fromCaption(() -> new ColorGridState(Grid3.flat(rows)), ColorGridSolver::solve,
                "one colour for the corners and one for the circles next to the centre");
    }
}
