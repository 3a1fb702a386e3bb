package org.puzzlelens.puzzles.pattern.gridnumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.regex.Matcher;
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

/**
 * PuzzleVQA {@code grid_number}: the rows of a 3 x 3 grid add up to the same value. Unlike the
 * released file (answer always option D), the answer sits at a uniform position.
 */
public final class GridNumberPuzzle extends PatternPuzzle<GridNumberState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "grid_number",
            Suite.PUZZLEVQA,
            "find the missing number of a grid whose rows share a sum",
            GridNumberGenerator.PARAMS,
            Tag.numbers);
    private static final Pattern ROWS = Pattern.compile(
            "first row is (\\[[^]]*])\\. The second row is (\\[[^]]*])\\. The third and last row is (\\[[^]]*])");

    public GridNumberPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numbersBeside(GridNumberState::cells),
                GridNumberGenerator::generate,
                GridNumberSolver::solve,
                PatternDraw.CANVAS,
                GridNumberRenderer::draw,
                GridNumberDescriber.INSTANCE);
    }

    @Override
    public GridNumberState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(ROWS, PatternAnswers.caption(record), "three rows");
        List<List<Integer>> rows =
                List.of(PyList.numbers(m.group(1)), PyList.numbers(m.group(2)), PyList.numbers(m.group(3)));
        return PatternAnswers.fromCaption(
                () -> new GridNumberState(Grid3.flat(rows)), GridNumberSolver::solve, "rows with a common sum");
    }
}
