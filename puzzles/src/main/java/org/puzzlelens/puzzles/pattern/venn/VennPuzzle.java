package org.puzzlelens.puzzles.pattern.venn;

import java.util.List;
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

/** PuzzleVQA {@code venn}: where two circles overlap, the overlap holds the sum of their numbers. */
public final class VennPuzzle extends PatternPuzzle<VennState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "venn",
            Suite.PUZZLEVQA,
            "find a circle's number from the sums in the overlaps of three circles",
            VennGenerator.PARAMS,
            Tag.numbers,
            Tag.shapes);

    public VennPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numbersBeside(VennState::circles),
                VennGenerator::generate,
                VennSolver::solve,
                PatternDraw.CANVAS,
                VennRenderer::draw,
                VennDescriber.INSTANCE);
    }

    private static final Pattern NUMBERS = Pattern.compile("circles containing the numbers (\\[[^]]*])\\. The "
            + "overlapping part between the first and second circle contains the number (\\d+)\\. The overlapping "
            + "part between the second and third circle contains the number (\\d+)");

    @Override
    protected VennState fromCaption(String caption) {
        Matcher m = PatternAnswers.match(NUMBERS, caption, "three circles and two overlaps");
        List<Integer> overlaps = List.of(PyList.number(m.group(2)), PyList.number(m.group(3)));
        return PatternAnswers.fromCaption(
                () -> new VennState(PyList.numbers(m.group(1)), overlaps),
                VennSolver::solve,
                "an overlap with both of its circles");
    }
}
