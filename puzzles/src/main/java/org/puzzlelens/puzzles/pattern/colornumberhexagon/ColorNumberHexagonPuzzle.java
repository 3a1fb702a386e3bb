package org.puzzlelens.puzzles.pattern.colornumberhexagon;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code color_number_hexagon}: the numbers on parts of the same colour add up to one value. */
public final class ColorNumberHexagonPuzzle extends PatternPuzzle<ColorNumberHexagonState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "color_number_hexagon",
            Suite.PUZZLEVQA,
            "find a hexagon part's number from the common sum of same-colour pairs",
            ColorNumberHexagonGenerator.PARAMS,
            Tag.colors,
            Tag.numbers);

    public ColorNumberHexagonPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numbersBeside(ColorNumberHexagonState::numbers),
                ColorNumberHexagonDescriber::fromCaption,
                ColorNumberHexagonGenerator::generate,
                ColorNumberHexagonSolver::solve,
                PatternDraw.CANVAS,
                ColorNumberHexagonRenderer::draw,
                ColorNumberHexagonDescriber.INSTANCE);
    }
}
