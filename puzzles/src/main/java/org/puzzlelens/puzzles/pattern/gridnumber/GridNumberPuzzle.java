package org.puzzlelens.puzzles.pattern.gridnumber;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * PuzzleVQA {@code grid_number}: the rows of a 3 x 3 grid add up to the same value. Unlike the
 * released file (answer always option D), the answer sits at a uniform position.
 */
public final class GridNumberPuzzle implements PuzzleType<GridNumberState> {
    private static final TypeInfo INFO = new TypeInfo("grid_number", Suite.PUZZLEVQA, EnumSet.of(Tag.numbers),
            GridNumberGenerator.PARAMS, "find the missing number of a grid whose rows share a sum");
    private static final Pattern ROWS = Pattern.compile(
            "first row is (\\[[^]]*])\\. The second row is (\\[[^]]*])\\. The third and last row is (\\[[^]]*])");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<GridNumberState> stateType() {
        return GridNumberState.class;
    }

    @Override
    public GridNumberState generate(Parameters params, RandomGenerator rng) {
        return GridNumberGenerator.generate(params, rng);
    }

    @Override
    public String question(GridNumberState state) {
        return PatternAnswers.MISSING_NUMBER;
    }

    @Override
    public Solution solve(GridNumberState state) {
        return GridNumberSolver.solve(state);
    }

    @Override
    public List<String> options(GridNumberState s, Solution solution, RandomGenerator rng) {
        return PatternAnswers.numberOptions(Integer.parseInt(solution.answer()),
                s.cells().stream().filter(v -> v != null).toList(), rng);
    }

    @Override
    public Canvas canvas(GridNumberState state) {
        return PatternDraw.CANVAS;
    }

    @Override
    public void draw(GridNumberState state, Graphics2D g) {
        GridNumberRenderer.draw(state, g);
    }

    @Override
    public String describe(GridNumberState state) {
        return GridNumberDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(GridNumberState state) {
        return GridNumberDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return GridNumberDescriber.GUIDE;
    }

    @Override
    public Optional<GridNumberState> fromFacts(GridNumberState question, List<Fact> facts) {
        return GridNumberDescriber.fromFacts(facts);
    }

    @Override
    public GridNumberState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(ROWS, PatternAnswers.caption(record), "three rows");
        List<List<Integer>> rows = List.of(PyList.numbers(m.group(1)), PyList.numbers(m.group(2)),
                PyList.numbers(m.group(3)));
        return PatternAnswers.fromCaption(() -> new GridNumberState(Grid3.flat(rows)), GridNumberSolver::solve,
                "rows with a common sum");
    }
}
