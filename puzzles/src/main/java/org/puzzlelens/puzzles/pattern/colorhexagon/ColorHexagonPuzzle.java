package org.puzzlelens.puzzles.pattern.colorhexagon;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code color_hexagon}: opposite parts of a hexagon have the same colour. */
public final class ColorHexagonPuzzle extends PatternPuzzle<ColorHexagonState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "color_hexagon",
            Suite.PUZZLEVQA,
            "find the colour of a hexagon part from the part opposite it",
            ColorHexagonGenerator.PARAMS,
            Tag.colors);

    public ColorHexagonPuzzle() {
        super(
                INFO,
                "What is the missing color of the part denoted with a question mark?",
                OptionRule.colours(),
                ColorHexagonDescriber::fromCaption,
                ColorHexagonGenerator::generate,
                ColorHexagonSolver::solve,
                PatternDraw.CANVAS,
                ColorHexagonRenderer::draw,
                ColorHexagonDescriber.INSTANCE);
    }
}
