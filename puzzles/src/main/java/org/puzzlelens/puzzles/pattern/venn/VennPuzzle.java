package org.puzzlelens.puzzles.pattern.venn;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code venn}: where two circles overlap, the overlap holds the sum of their numbers. */
public final class VennPuzzle extends PatternPuzzle<VennState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "venn",
            Suite.PUZZLEVQA,
            "find a circle's number from the sums in the overlaps of three circles",
            VennGenerator.PARAMS,
            Tag.numbers,
            Tag.shapes);

    public VennPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numbersBeside(VennState::circles),
                VennDescriber::fromCaption,
                VennGenerator::generate,
                VennSolver::solve,
                PatternDraw.CANVAS,
                VennRenderer::draw,
                VennDescriber.INSTANCE);
    }
}
