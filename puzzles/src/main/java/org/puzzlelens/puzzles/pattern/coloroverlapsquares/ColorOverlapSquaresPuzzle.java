package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code color_overlap_squares}: where two squares overlap, their colours mix. */
public final class ColorOverlapSquaresPuzzle extends PatternPuzzle<ColorOverlapSquaresState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "color_overlap_squares",
            Suite.PUZZLEVQA,
            "find the colour of a hidden square from the mixed colour where it overlaps its neighbour",
            ColorOverlapSquaresGenerator.PARAMS,
            Tag.colors,
            Tag.shapes);

    /** Options: three other colours of the palette, primaries and mixes alike, as released. */
    public ColorOverlapSquaresPuzzle() {
        super(
                INFO,
                "What is the missing color of the part denoted with a question mark?",
                OptionRule.colours(),
                ColorOverlapSquaresDescriber::fromCaption,
                ColorOverlapSquaresGenerator::generate,
                ColorOverlapSquaresSolver::solve,
                ColorOverlapSquaresRenderer.CANVAS,
                ColorOverlapSquaresRenderer::draw,
                ColorOverlapSquaresDescriber.INSTANCE);
    }
}
