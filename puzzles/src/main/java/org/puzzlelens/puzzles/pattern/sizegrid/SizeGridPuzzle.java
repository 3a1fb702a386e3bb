package org.puzzlelens.puzzles.pattern.sizegrid;

import java.util.List;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** PuzzleVQA {@code size_grid}: the size of the hidden circle of a 3 x 3 grid sized by corner, edge and centre. */
public final class SizeGridPuzzle extends PatternPuzzle<SizeGridState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "size_grid",
            Suite.PUZZLEVQA,
            "find the size of the hidden circle in a grid where corners, edges and centre each have one size",
            SizeGridGenerator.PARAMS,
            Tag.size);

    public SizeGridPuzzle() {
        super(
                INFO,
                "What is the size of the missing part denoted with a question mark?",
                OptionRule.sizes(),
                SizeGridGenerator::generate,
                SizeGridSolver::solve,
                PatternDraw.CANVAS,
                SizeGridRenderer::draw,
                SizeGridDescriber.INSTANCE);
    }

    /** Every released caption lists the three rows in full. */
    @Override
    protected SizeGridState fromCaption(String caption) {
        List<List<String>> rows = PyList.exactly(caption, SizeGridState.SIZE, "the rows");
        return PatternAnswers.fromCaption(() -> new SizeGridState(rows), "the grid");
    }
}
