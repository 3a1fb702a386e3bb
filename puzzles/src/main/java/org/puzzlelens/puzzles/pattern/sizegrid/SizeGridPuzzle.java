package org.puzzlelens.puzzles.pattern.sizegrid;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;

/** PuzzleVQA {@code size_grid}: the size of the hidden circle of a 3 x 3 grid sized by corner, edge and centre. */
public final class SizeGridPuzzle extends PatternPuzzle<SizeGridState> {
    static final String QUESTION = "What is the size of the missing part denoted with a question mark?";

    public SizeGridPuzzle() {
        super(new TypeInfo("size_grid", Suite.PUZZLEVQA, EnumSet.of(Tag.size), SizeGridGenerator.PARAMS,
                "find the size of the hidden circle in a grid where corners, edges and centre each have one size"),
                SizeGridState.class,
                SizeGridDescriber.INSTANCE);
    }

    @Override
    public SizeGridState generate(Parameters params, RandomGenerator rng) {
        return SizeGridGenerator.generate(params, rng);
    }

    @Override
    public String question(SizeGridState state) {
        return QUESTION;
    }

    @Override
    public Solution solve(SizeGridState state) {
        return SizeGridSolver.solve(state);
    }

    /** The three sizes, as released. */
    @Override
    public List<String> options(SizeGridState state, Solution solution, RandomGenerator rng) {
        return allWords(solution.answer(), Size.WORDS, rng);
    }

    @Override
    public void draw(SizeGridState state, Graphics2D g) {
        SizeGridRenderer.draw(state, g);
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
