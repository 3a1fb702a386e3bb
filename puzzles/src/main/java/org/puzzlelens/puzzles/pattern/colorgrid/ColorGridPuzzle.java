package org.puzzlelens.puzzles.pattern.colorgrid;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

/** PuzzleVQA {@code color_grid}: corner circles share a colour, circles next to the centre share another. */
public final class ColorGridPuzzle extends PatternPuzzle<ColorGridState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "color_grid",
            Suite.PUZZLEVQA,
            "find the colour of a missing circle in a symmetric 3x3 colour grid",
            ColorGridGenerator.PARAMS,
            Tag.colors);

    public ColorGridPuzzle() {
        super(
                INFO,
                "What is the color of the missing part denoted with a question mark?",
                OptionRule.colours(),
                ColorGridDescriber::fromCaption,
                ColorGridGenerator::generate,
                ColorGridSolver::solve,
                PatternDraw.CANVAS,
                ColorGridRenderer::draw,
                ColorGridDescriber.INSTANCE);
    }
}
