package org.puzzlelens.puzzles.pattern.triangle;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;

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
                TriangleDescriber::fromCaption,
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
}
