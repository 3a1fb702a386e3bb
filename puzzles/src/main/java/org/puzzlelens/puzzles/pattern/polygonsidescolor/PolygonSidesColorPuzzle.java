package org.puzzlelens.puzzles.pattern.polygonsidescolor;

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
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;

/** PuzzleVQA {@code polygon_sides_color}: polygons with the same number of sides have the same colour. */
public final class PolygonSidesColorPuzzle extends PuzzleParts<PolygonSidesColorState> {
    static final String QUESTION = "What is the missing color of the part denoted with a question mark?";
    private static final TypeInfo INFO = new TypeInfo("polygon_sides_color", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.shapes), PolygonTriangle.PARAMS,
            "find the colour of the polygon marked with a question mark from the polygons with as many sides",
            PolygonSidesColorGenerator.RULES);

    public PolygonSidesColorPuzzle() {
        super(INFO, PolygonSidesColorState.class,
                PolygonSidesColorGenerator::generate, PolygonSidesColorSolver::solve,
                state -> PolygonSidesColorRenderer.CANVAS, PolygonSidesColorRenderer::draw, PolygonSidesColorDescriber.INSTANCE);
    }

    @Override
    public String question(PolygonSidesColorState state) {
        return QUESTION;
    }

    /** Three other colours of the palette, as released. */
    @Override
    public List<String> options(PolygonSidesColorState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), PatternColour.words(), rng);
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
