package org.puzzlelens.puzzles.pattern.colorhexagon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code color_hexagon}: opposite parts of a hexagon have the same colour. */
public final class ColorHexagonPuzzle extends PatternPuzzle<ColorHexagonState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "color_hexagon",
            Suite.PUZZLEVQA,
            "find the colour of a hexagon part from the part opposite it",
            ColorHexagonGenerator.PARAMS,
            Tag.colors);

    public ColorHexagonPuzzle() {
        super(
                INFO,
                "What is the missing color of the part denoted with a question mark?",
                OptionRule.colours(),
                ColorHexagonGenerator::generate,
                ColorHexagonSolver::solve,
                PatternDraw.CANVAS,
                ColorHexagonRenderer::draw,
                ColorHexagonDescriber.INSTANCE);
    }

    private static final Pattern COLOURS = Pattern.compile("six parts with the colors (\\[[^]]*])");

    @Override
    protected ColorHexagonState fromCaption(String caption) {
        Matcher m = PatternAnswers.match(COLOURS, caption, "the colours of six parts");
        return PatternAnswers.fromCaption(
                () -> new ColorHexagonState(PyList.colours(m.group(1))),
                ColorHexagonSolver::solve,
                "matching opposite parts");
    }
}
