package org.puzzlelens.puzzles.pattern.sizecycle;

import java.util.List;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;

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
                SizeCycleGenerator::generate,
                SizeCycleSolver::solve,
                PatternDraw.CANVAS,
                SizeCycleRenderer::draw,
                SizeCycleDescriber.INSTANCE);
    }

    /** Every released caption lists all arms in full; it does not say how the spiral is turned, which only looks. */
    @Override
    protected SizeCycleState fromCaption(String caption) {
        List<List<String>> arms = PyList.all(caption);
        return PatternAnswers.fromCaption(() -> new SizeCycleState(arms, 0), "the arms");
    }
}
