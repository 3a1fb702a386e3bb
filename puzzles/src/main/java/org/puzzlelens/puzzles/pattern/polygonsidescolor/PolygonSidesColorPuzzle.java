package org.puzzlelens.puzzles.pattern.polygonsidescolor;

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
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;

/** PuzzleVQA {@code polygon_sides_color}: polygons with the same number of sides have the same colour. */
public final class PolygonSidesColorPuzzle implements PuzzleType<PolygonSidesColorState> {
    static final String QUESTION = "What is the missing color of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("polygon_sides_color", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.shapes), PolygonTriangle.PARAMS,
            "find the colour of the polygon marked with a question mark from the polygons with as many sides");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<PolygonSidesColorState> stateType() {
        return PolygonSidesColorState.class;
    }

    @Override
    public PolygonSidesColorState generate(Parameters params, RandomGenerator rng) {
        return PolygonSidesColorGenerator.generate(params, rng);
    }

    @Override
    public String question(PolygonSidesColorState state) {
        return QUESTION;
    }

    @Override
    public Solution solve(PolygonSidesColorState state) {
        return PolygonSidesColorSolver.solve(state);
    }

    /** Three other colours of the palette, as released. */
    @Override
    public List<String> options(PolygonSidesColorState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), PatternColour.words(), rng);
    }

    @Override
    public Canvas canvas(PolygonSidesColorState state) {
        return PolygonSidesColorRenderer.CANVAS;
    }

    @Override
    public void draw(PolygonSidesColorState state, Graphics2D g) {
        PolygonSidesColorRenderer.draw(state, g);
    }

    @Override
    public String describe(PolygonSidesColorState state) {
        return PolygonSidesColorDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(PolygonSidesColorState state) {
        return PolygonSidesColorDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return PolygonSidesColorDescriber.GUIDE;
    }

    @Override
    public Optional<PolygonSidesColorState> fromFacts(PolygonSidesColorState question, List<Fact> facts) {
        return PolygonSidesColorDescriber.fromFacts(facts);
    }

    /** Reads colours and side counts from the caption; released captions state no side counts and are refused. */
    @Override
    public PolygonSidesColorState fromReleased(JsonNode record) {
        String caption = Released.string(record, "caption");
        List<Integer> sides = PolygonTriangle.sidesFrom(caption);
        List<String> colors = PolygonTriangle.partsFrom(caption, PolygonSidesColorDescriber.COLORS_LABEL);
        return new PolygonSidesColorState(sides, colors);
    }
}
