package org.puzzlelens.puzzles.pattern.venn;

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
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code venn}: where two circles overlap, the overlap holds the sum of their numbers. */
public final class VennPuzzle implements PuzzleType<VennState> {
    private static final TypeInfo INFO = new TypeInfo("venn", Suite.PUZZLEVQA, EnumSet.of(Tag.numbers, Tag.shapes),
            VennGenerator.PARAMS, "find a circle's number from the sums in the overlaps of three circles");
    private static final Pattern NUMBERS = Pattern.compile("circles containing the numbers (\\[[^]]*])\\. The "
            + "overlapping part between the first and second circle contains the number (\\d+)\\. The overlapping "
            + "part between the second and third circle contains the number (\\d+)");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<VennState> stateType() {
        return VennState.class;
    }

    @Override
    public VennState generate(Parameters params, RandomGenerator rng) {
        return VennGenerator.generate(params, rng);
    }

    @Override
    public String question(VennState state) {
        return PatternAnswers.MISSING_NUMBER;
    }

    @Override
    public Solution solve(VennState state) {
        return VennSolver.solve(state);
    }

    @Override
    public List<String> options(VennState s, Solution solution, RandomGenerator rng) {
        return PatternAnswers.numberOptions(Integer.parseInt(solution.answer()),
                s.circles().stream().filter(v -> v != null).toList(), rng);
    }

    @Override
    public Canvas canvas(VennState state) {
        return PatternDraw.CANVAS;
    }

    @Override
    public void draw(VennState state, Graphics2D g) {
        VennRenderer.draw(state, g);
    }

    @Override
    public String describe(VennState state) {
        return VennDescriber.describe(state);
    }

    @Override
    public List<Fact> facts(VennState state) {
        return VennDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return VennDescriber.GUIDE;
    }

    @Override
    public Optional<VennState> fromFacts(VennState question, List<Fact> facts) {
        return VennDescriber.fromFacts(facts);
    }

    @Override
    public VennState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(NUMBERS, PatternAnswers.caption(record), "three circles and two overlaps");
        List<Integer> overlaps = List.of(PyList.number(m.group(2)), PyList.number(m.group(3)));
        return PatternAnswers.fromCaption(() -> new VennState(PyList.numbers(m.group(1)), overlaps),
                VennSolver::solve, "an overlap with both of its circles");
    }
}
