package org.puzzlelens.puzzles.pattern.triangle;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
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

/** PuzzleVQA {@code triangle}: in each triangle of numbers the right one is the product of the other two. */
public final class TrianglePuzzle extends PuzzleParts<TriangleState> {
    private static final TypeInfo INFO = new TypeInfo("triangle", Suite.PUZZLEVQA, EnumSet.of(Tag.numbers),
            TriangleGenerator.PARAMS, "find the missing number of three product triangles");
    private static final Pattern GROUPS = Pattern.compile(
            "first group is (\\[[^]]*]), the second group is (\\[[^]]*]),? and the third group is (\\[[^]]*])");

    public TrianglePuzzle() {
        super(INFO, TriangleState.class,
                TriangleGenerator::generate, TriangleSolver::solve,
                state -> PatternDraw.CANVAS, TriangleRenderer::draw, TriangleDescriber.INSTANCE);
    }

    @Override
    public String question(TriangleState state) {
        return PatternAnswers.MISSING_NUMBER;
    }

    /** Distractors on the scale of the missing kind of number: factors for a factor, products for a product. */
    @Override
    public List<String> options(TriangleState s, Solution solution, RandomGenerator rng) {
        int slot = s.gapSlot();
        List<Integer> sameKind = new ArrayList<>();
        for (List<Integer> g : s.groups()) {
            if (slot == TriangleState.RIGHT) {
                sameKind.add(g.get(TriangleState.RIGHT));
            } else {
                sameKind.add(g.get(TriangleState.TOP));
                sameKind.add(g.get(TriangleState.BOTTOM));
            }
        }
        sameKind.removeIf(v -> v == null);
        return PatternAnswers.numberOptions(Integer.parseInt(solution.answer()), sameKind, rng);
    }

    @Override
    public TriangleState fromReleased(JsonNode record) {
        Matcher m = PatternAnswers.match(GROUPS, PatternAnswers.caption(record), "three groups");
        List<List<Integer>> groups = List.of(PyList.numbers(m.group(1)), PyList.numbers(m.group(2)),
                PyList.numbers(m.group(3)));
        return PatternAnswers.fromCaption(() -> new TriangleState(groups), TriangleSolver::solve,
                "a complete product pattern");
    }
}
