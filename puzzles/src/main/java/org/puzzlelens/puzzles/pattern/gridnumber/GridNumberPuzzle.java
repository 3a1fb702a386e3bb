package org.puzzlelens.puzzles.pattern.gridnumber;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/**
 * PuzzleVQA {@code grid_number}: the rows of a 3 x 3 grid add up to the same value. Unlike the
 * released file (answer always option D), the answer sits at a uniform position.
 */
public final class GridNumberPuzzle extends PatternPuzzle<GridNumberState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "grid_number",
            Suite.PUZZLEVQA,
            "find the missing number of a grid whose rows share a sum",
            GridNumberGenerator.PARAMS,
            Tag.numbers);

    public GridNumberPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numbersBeside(GridNumberState::cells),
                GridNumberDescriber::fromCaption,
                GridNumberGenerator::generate,
                GridNumberSolver::solve,
                PatternDraw.CANVAS,
                GridNumberRenderer::draw,
                GridNumberDescriber.INSTANCE);
    }
}
