package org.puzzlelens.puzzles.pattern.triangle;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code triangle}: in each triangle of numbers the right one is the product of the other two. */
public final class TrianglePuzzle extends PatternPuzzle<TriangleState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "triangle",
            Suite.PUZZLEVQA,
            "find the missing number of three product triangles",
            TriangleGenerator.PARAMS,
            Tag.numbers);

    public TrianglePuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numbersBeside(TrianglePuzzle::sameKind),
                TriangleGenerator::generate,
                TriangleSolver::solve,
                PatternDraw.CANVAS,
                TriangleRenderer::draw,
                TriangleDescriber.INSTANCE);
    }

    /** Distractors on the scale of the missing kind of number: factors for a factor, products for a product. */
    private static List<Integer> sameKind(TriangleState s) {
        List<Integer> sameKind = new ArrayList<>();
        for (List<Integer> g : s.groups()) {
            if (s.gapSlot() == TriangleState.RIGHT) {
                sameKind.add(g.get(TriangleState.RIGHT));
            } else {
                sameKind.add(g.get(TriangleState.TOP));
                sameKind.add(g.get(TriangleState.BOTTOM));
            }
        }
        return sameKind;
    }

    private static final Pattern GROUPS = Pattern.compile(
            "first group is (\\[[^]]*]), the second group is (\\[[^]]*]),? and the third group is (\\[[^]]*])");

    @Override
    protected TriangleState fromCaption(String caption) {
        List<List<Integer>> groups = PatternAnswers.groups(GROUPS, caption, "three groups", PyList::numbers);
        return PatternAnswers.fromCaption(
                () -> new TriangleState(groups), TriangleSolver::solve, "a complete product pattern");
    }
}
