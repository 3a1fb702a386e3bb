package org.puzzlelens.puzzles.pattern.circlesizenumber;

import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code circle_size_number}: the hidden number of a circle whose size follows its number. */
public final class CircleSizeNumberPuzzle extends PatternPuzzle<CircleSizeNumberState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "circle_size_number",
            Suite.PUZZLEVQA,
            "find a hidden number from its circle's size: bigger numbers, bigger circles",
            CircleSizeNumberGenerator.PARAMS,
            Tag.numbers,
            Tag.size);

    public CircleSizeNumberPuzzle() {
        super(
                INFO,
                PatternAnswers.MISSING_NUMBER,
                OptionRule.numeric(),
                CircleSizeNumberGenerator::generate,
                CircleSizeNumberSolver::solve,
                PatternDraw.CANVAS,
                CircleSizeNumberRenderer::draw,
                CircleSizeNumberDescriber.INSTANCE);
    }

    /**
     * Needs the sizes line our captions add: the released captions list the numbers only, and without the
     * hidden circle's size the number cannot be told.
     */
    @Override
    protected CircleSizeNumberState fromCaption(String caption) {
        List<List<String>> lists = PyList.all(caption);
        if (lists.size() != 2) {
            throw new MalformedRecordException("circle_size_number caption must list the numbers and the sizes of the "
                    + "circles; released captions omit the sizes, so the hidden circle's size is unknown");
        }
        return PatternAnswers.fromCaption(
                () -> new CircleSizeNumberState(
                        lists.get(0),
                        lists.get(1).stream().map(Integer::parseInt).toList()),
                "the ring");
    }
}
