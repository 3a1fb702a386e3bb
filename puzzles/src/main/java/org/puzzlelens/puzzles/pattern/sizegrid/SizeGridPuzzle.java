package org.puzzlelens.puzzles.pattern.sizegrid;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code size_grid}: the size of the hidden circle of a 3 x 3 grid sized by corner, edge and centre. */
public final class SizeGridPuzzle extends PatternPuzzle<SizeGridState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "size_grid",
            Suite.PUZZLEVQA,
            "find the size of the hidden circle in a grid where corners, edges and centre each have one size",
            SizeGridGenerator.PARAMS,
            Tag.size);

    public SizeGridPuzzle() {
        super(
                INFO,
                "What is the size of the missing part denoted with a question mark?",
                OptionRule.sizes(),
                SizeGridDescriber.INSTANCE::fromCaption,
                SizeGridGenerator::generate,
                SizeGridSolver::solve,
                PatternDraw.CANVAS,
                SizeGridRenderer::draw,
                SizeGridDescriber.INSTANCE);
    }
}
