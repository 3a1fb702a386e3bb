package org.puzzlelens.puzzles.pattern.shapesizegrid;

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

/** PuzzleVQA {@code shape_size_grid}: the size of a hidden cell where rows keep a shape and columns a size, or vice versa. */
public final class ShapeSizeGridPuzzle extends PuzzleParts<ShapeSizeGridState> {
    private static final TypeInfo INFO = new TypeInfo("shape_size_grid", Suite.PUZZLEVQA,
            EnumSet.of(Tag.shapes, Tag.size), ShapeSizeGridGenerator.PARAMS,
            "find the size of a hidden cell in a grid of shapes by row and sizes by column");
    static final String QUESTION = "What is the size of the missing part denoted by a question mark?";

    public ShapeSizeGridPuzzle() {
        super(INFO, ShapeSizeGridState.class,
                ShapeSizeGridGenerator::generate, ShapeSizeGridSolver::solve,
                state -> PatternDraw.CANVAS, ShapeSizeGridRenderer::draw, ShapeSizeGridDescriber.INSTANCE);
    }

    @Override
    public String question(ShapeSizeGridState state) {
        return QUESTION;
    }

    /** The three sizes, as released. */
    @Override
    public List<String> options(ShapeSizeGridState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.allWords(solution.answer(), Size.WORDS, rng);
    }

    /** Every released caption lists the three rows in full. */
    @Override
    public ShapeSizeGridState fromReleased(JsonNode record) {
        List<List<String>> rows = PyList.exactly(Released.string(record, "caption"), ShapeSizeGridState.SIZE, "the rows");
        try {
            return new ShapeSizeGridState(rows);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("shape_size_grid caption does not state the grid: " + e.getMessage());
        }
    }
}
