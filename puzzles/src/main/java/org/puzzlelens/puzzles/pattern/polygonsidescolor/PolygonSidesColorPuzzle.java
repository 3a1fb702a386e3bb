package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;

/** PuzzleVQA {@code polygon_sides_color}: polygons with the same number of sides have the same colour. */
public final class PolygonSidesColorPuzzle extends PatternPuzzle<PolygonSidesColorState> {
    private static final TypeInfo INFO = TypeInfo.of(
                    "polygon_sides_color",
                    Suite.PUZZLEVQA,
                    "find the colour of the polygon marked with a question mark from the polygons with as many sides",
                    PolygonTriangle.PARAMS,
                    Tag.colors,
                    Tag.shapes)
            .withRules(PolygonSidesColorGenerator.RULES);

    /** Options: three other colours of the palette, as released. */
    public PolygonSidesColorPuzzle() {
        super(
                INFO,
                "What is the missing color of the part denoted with a question mark?",
                OptionRule.colours(),
                PolygonSidesColorDescriber::fromCaption,
                PolygonSidesColorGenerator::generate,
                PolygonSidesColorSolver::solve,
                PolygonSidesColorRenderer.CANVAS,
                PolygonSidesColorRenderer::draw,
                PolygonSidesColorDescriber.INSTANCE);
    }
}
