package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** PuzzleVQA {@code rectangle_height_color}: the colour of each rectangle corresponds to its length. */
public final class RectangleHeightColorPuzzle extends PatternPuzzle<RectangleHeightColorState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "rectangle_height_color",
            Suite.PUZZLEVQA,
            "find the colour of the rectangle marked with a question mark from rectangles of the same length",
            RectangleRow.PARAMS,
            Tag.colors,
            Tag.size);

    /** Options: three other colours of the palette, as released. */
    public RectangleHeightColorPuzzle() {
        super(
                INFO,
                "What is the missing color of the part denoted with a question mark?",
                OptionRule.colours(),
                RectangleHeightColorDescriber::fromCaption,
                RectangleHeightColorGenerator::generate,
                RectangleHeightColorSolver::solve,
                RectangleHeightColorRenderer.CANVAS,
                RectangleHeightColorRenderer::draw,
                RectangleHeightColorDescriber.INSTANCE);
    }
}
