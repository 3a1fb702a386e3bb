package org.puzzlelens.puzzles.pattern.colornumberhexagon;

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
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code color_number_hexagon}: the numbers on parts of the same colour add up to one value. */
public final class ColorNumberHexagonPuzzle extends PuzzleParts<ColorNumberHexagonState> {
    private static final TypeInfo INFO = new TypeInfo("color_number_hexagon", Suite.PUZZLEVQA,
            EnumSet.of(Tag.colors, Tag.numbers), ColorNumberHexagonGenerator.PARAMS,
            "find a hexagon part's number from the common sum of same-colour pairs");
    private static final Pattern PARTS = Pattern.compile(
            "six parts with the colors (\\[[^]]*]) in an anti-clockwise order\\. The parts are denoted with the numbers "
                    + "(\\[[^]]*])");

    public ColorNumberHexagonPuzzle() {
        super(INFO, ColorNumberHexagonState.class,
                ColorNumberHexagonGenerator::generate, ColorNumberHexagonSolver::solve,
                state -> PatternDraw.CANVAS, ColorNumberHexagonRenderer::draw, ColorNumberHexagonDescriber.INSTANCE);
    }

    @Override
    public String question(ColorNumberHexagonState state) {
        return PatternAnswers.MISSING_NUMBER;
    }

    @Override
    public List<String> options(ColorNumberHexagonState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.numberOptions(Integer.parseInt(solution.answer()),
                state.numbers().stream().filter(v -> v != null).toList(), rng);
    }

    @Override
    public ColorNumberHexagonState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(PARTS, PatternAnswers.caption(record),
                "the colours and numbers of six parts");
        return PatternAnswers.fromCaption(
                () -> new ColorNumberHexagonState(PyList.colours(m.group(1)), PyList.numbers(m.group(2))),
                ColorNumberHexagonSolver::solve, "same-colour pairs with a common sum");
    }
}
