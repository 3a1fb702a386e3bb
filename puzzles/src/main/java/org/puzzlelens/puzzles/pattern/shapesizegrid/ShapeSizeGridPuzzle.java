package org.puzzlelens.puzzles.pattern.shapesizegrid;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code shape_size_grid}: the size of a hidden cell where rows keep a shape and columns a size, or vice versa. */
public final class ShapeSizeGridPuzzle extends PatternPuzzle<ShapeSizeGridState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "shape_size_grid",
            Suite.PUZZLEVQA,
            "find the size of a hidden cell in a grid of shapes by row and sizes by column",
            ShapeSizeGridGenerator.PARAMS,
            Tag.shapes,
            Tag.size);

    public ShapeSizeGridPuzzle() {
        super(
                INFO,
                "What is the size of the missing part denoted by a question mark?",
                OptionRule.sizes(),
                ShapeSizeGridDescriber.INSTANCE::fromCaption,
                ShapeSizeGridGenerator::generate,
                ShapeSizeGridSolver::solve,
                PatternDraw.CANVAS,
                ShapeSizeGridRenderer::draw,
                ShapeSizeGridDescriber.INSTANCE);
    }
}
