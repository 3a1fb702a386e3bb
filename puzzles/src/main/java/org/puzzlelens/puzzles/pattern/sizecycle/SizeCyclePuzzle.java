package org.puzzlelens.puzzles.pattern.sizecycle;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code size_cycle}: the size of the hidden circle of a spiral whose arms all grow alike. */
public final class SizeCyclePuzzle extends PatternPuzzle<SizeCycleState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "size_cycle",
            Suite.PUZZLEVQA,
            "find the size of the hidden circle in a spiral whose arms grow small, medium, large",
            SizeCycleGenerator.PARAMS,
            Tag.size);

    public SizeCyclePuzzle() {
        super(
                INFO,
                "What is the size of the missing circle denoted with a question mark?",
                OptionRule.sizes(),
                SizeCycleDescriber::fromCaption,
                SizeCycleGenerator::generate,
                SizeCycleSolver::solve,
                PatternDraw.CANVAS,
                SizeCycleRenderer::draw,
                SizeCycleDescriber.INSTANCE);
    }
}
