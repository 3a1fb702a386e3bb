package org.puzzlelens.puzzles.pattern.colornumberhexagon;

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

/** PuzzleVQA {@code color_number_hexagon}: the numbers on parts of the same colour add up to one value. */
public final class ColorNumberHexagonPuzzle extends PatternPuzzle<ColorNumberHexagonState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "color_number_hexagon",
            Suite.PUZZLEVQA,
            "find a hexagon part's number from the common sum of same-colour pairs",
            ColorNumberHexagonGenerator.PARAMS,
            Tag.colors,
            Tag.numbers);

    public ColorNumberHexagonPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numbersBeside(ColorNumberHexagonState::numbers),
                ColorNumberHexagonGenerator::generate,
                ColorNumberHexagonSolver::solve,
                PatternDraw.CANVAS,
                ColorNumberHexagonRenderer::draw,
                ColorNumberHexagonDescriber.INSTANCE);
    }

    private static final Pattern PARTS = Pattern.compile(
            "six parts with the colors (\\[[^]]*]) in an anti-clockwise order\\. The parts are denoted with the numbers "
                    + "(\\[[^]]*])");

    @Override
    protected ColorNumberHexagonState fromCaption(String caption) {
        Matcher m = PatternAnswers.match(PARTS, caption, "the colours and numbers of six parts");
        return PatternAnswers.fromCaption(
                () -> new ColorNumberHexagonState(PyList.colours(m.group(1)), PyList.numbers(m.group(2))),
                ColorNumberHexagonSolver::solve,
                "same-colour pairs with a common sum");
    }
}
