package org.puzzlelens.puzzles.pattern.sizegrid;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;

/** PuzzleVQA {@code size_grid}: the size of the hidden circle of a 3 x 3 grid sized by corner, edge and centre. */
public final class SizeGridPuzzle extends PuzzleParts<SizeGridState> {
    private static final TypeInfo INFO = new TypeInfo("size_grid", Suite.PUZZLEVQA, EnumSet.of(Tag.size),
            SizeGridGenerator.PARAMS,
            "find the size of the hidden circle in a grid where corners, edges and centre each have one size");
    static final String QUESTION = "What is the size of the missing part denoted with a question mark?";

    public SizeGridPuzzle() {
        super(INFO, SizeGridState.class,
                SizeGridGenerator::generate, SizeGridSolver::solve,
                state -> PatternDraw.CANVAS, SizeGridRenderer::draw, SizeGridDescriber.INSTANCE);
    }

    @Override
    public String question(SizeGridState state) {
        return QUESTION;
    }

    /** The three sizes, as released. */
    @Override
    public List<String> options(SizeGridState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.allWords(solution.answer(), Size.WORDS, rng);
    }

    /** Every released caption lists the three rows in full. */
    @Override
    public SizeGridState fromReleased(JsonNode record) {
        List<List<String>> rows = PyList.exactly(Released.string(record, "caption"), SizeGridState.SIZE, "the rows");
        try {
            return new SizeGridState(rows);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("size_grid caption does not state the grid: " + e.getMessage());
        }
    }
}
