package org.puzzlelens.puzzles.pattern.colorgrid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code color_grid}: corner circles share a colour, circles next to the centre share another. */
public final class ColorGridPuzzle extends PuzzleParts<ColorGridState> {
    private static final TypeInfo INFO = new TypeInfo("color_grid", Suite.PUZZLEVQA, EnumSet.of(Tag.colors),
            ColorGridGenerator.PARAMS, "find the colour of a missing circle in a symmetric 3x3 colour grid");
    private static final Pattern ROWS = Pattern.compile("first row are (\\[[^]]*]), the colors in the second row are "
            + "(\\[[^]]*]),? and the colors in the third row are (\\[[^]]*])");

    public ColorGridPuzzle() {
        super(INFO, ColorGridState.class,
                ColorGridGenerator::generate, ColorGridSolver::solve,
                state -> PatternDraw.CANVAS, ColorGridRenderer::draw, ColorGridDescriber.INSTANCE);
    }

    @Override
    public String question(ColorGridState state) {
        return "What is the color of the missing part denoted with a question mark?";
    }

    @Override
    public List<String> options(ColorGridState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.colourOptions(solution.answer(), rng);
    }

    @Override
    public ColorGridState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(ROWS, PatternAnswers.caption(record), "three rows of colours");
        var rows = List.of(PyList.colours(m.group(1)), PyList.colours(m.group(2)), PyList.colours(m.group(3)));
        return PatternAnswers.fromCaption(() -> new ColorGridState(Grid3.flat(rows)), ColorGridSolver::solve,
                "one colour for the corners and one for the circles next to the centre");
    }
}
