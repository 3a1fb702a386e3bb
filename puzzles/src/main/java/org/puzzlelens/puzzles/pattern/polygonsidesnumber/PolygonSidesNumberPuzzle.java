package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import java.util.Collections;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;

/** PuzzleVQA {@code polygon_sides_number}: the hidden number is the polygon's number of sides. */
public final class PolygonSidesNumberPuzzle extends PatternPuzzle<PolygonSidesNumberState> {
    private static final TypeInfo INFO = TypeInfo.of(
                    "polygon_sides_number",
                    Suite.PUZZLEVQA,
                    "find the number of the polygon marked with a question mark from its number of sides",
                    PolygonTriangle.PARAMS,
                    Tag.numbers,
                    Tag.shapes)
            .withRules(PolygonSidesNumberGenerator.RULES);

    public PolygonSidesNumberPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                // other side counts, as released: from 3..9 (3..12 when the puzzle has more sides than 9)
                OptionRule.inRange(PolygonTriangle.MIN_SIDES, 9, state -> Collections.max(state.sides())),
                PolygonSidesNumberDescriber::fromCaption,
                PolygonSidesNumberGenerator::generate,
                PolygonSidesNumberSolver::solve,
                PolygonSidesNumberRenderer.CANVAS,
                PolygonSidesNumberRenderer::draw,
                PolygonSidesNumberDescriber.INSTANCE);
    }
}
