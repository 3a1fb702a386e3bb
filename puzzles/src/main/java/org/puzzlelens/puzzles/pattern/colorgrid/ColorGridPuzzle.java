package org.puzzlelens.puzzles.pattern.colorgrid;

import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;

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
                ColorGridGenerator::generate,
                ColorGridSolver::solve,
                PatternDraw.CANVAS,
                ColorGridRenderer::draw,
                ColorGridDescriber.INSTANCE);
    }

    private static final Pattern ROWS = Pattern.compile("first row are (\\[[^]]*]), the colors in the second row are "
            + "(\\[[^]]*]),? and the colors in the third row are (\\[[^]]*])");

    @Override
    protected ColorGridState fromCaption(String caption) {
        var rows = PatternAnswers.groups(ROWS, caption, "three rows of colours", PyList::colours);
        return PatternAnswers.fromCaption(
                () -> new ColorGridState(Grid3.flat(rows)),
                ColorGridSolver::solve,
                "one colour for the corners and one for the circles next to the centre");
    }
}
