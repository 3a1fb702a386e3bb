package org.puzzlelens.puzzles.pattern.circlesizenumber;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code circle_size_number}: the hidden number of a circle whose size follows its number. */
public final class CircleSizeNumberPuzzle extends PatternPuzzle<CircleSizeNumberState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "circle_size_number",
            Suite.PUZZLEVQA,
            "find a hidden number from its circle's size: bigger numbers, bigger circles",
            CircleSizeNumberGenerator.PARAMS,
            Tag.numbers,
            Tag.size);

    public CircleSizeNumberPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numeric(),
                CircleSizeNumberDescriber::fromCaption,
                CircleSizeNumberGenerator::generate,
                CircleSizeNumberSolver::solve,
                PatternDraw.CANVAS,
                CircleSizeNumberRenderer::draw,
                CircleSizeNumberDescriber.INSTANCE);
    }
}
