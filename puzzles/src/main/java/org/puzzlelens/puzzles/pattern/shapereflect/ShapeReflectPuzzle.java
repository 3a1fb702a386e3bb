package org.puzzlelens.puzzles.pattern.shapereflect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;

/** PuzzleVQA {@code shape_reflect}: the hidden shape of a row mirrored across a line. */
public final class ShapeReflectPuzzle extends PuzzleParts<ShapeReflectState> {
    private static final TypeInfo INFO = new TypeInfo("shape_reflect", Suite.PUZZLEVQA, EnumSet.of(Tag.shapes),
            ShapeReflectGenerator.PARAMS, "find the hidden shape of a row of polygons mirrored across a line");
    static final String QUESTION = "What is the missing shape denoted by a question mark?";

    public ShapeReflectPuzzle() {
        super(INFO, ShapeReflectState.class,
                ShapeReflectGenerator::generate, ShapeReflectSolver::solve,
                state -> PatternDraw.CANVAS, ShapeReflectRenderer::draw, ShapeReflectDescriber.INSTANCE);
    }

    @Override
    public String question(ShapeReflectState state) {
        return QUESTION;
    }

    /** The four polygons, as released. */
    @Override
    public List<String> options(ShapeReflectState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), Shape.POLYGONS.stream().map(Shape::word).toList(), rng);
    }

    /** Every released caption lists both parts in full. */
    @Override
    public ShapeReflectState fromReleased(JsonNode record) {
        List<List<String>> parts = PyList.exactly(Released.string(record, "caption"), 2, "the top and bottom parts");
        try {
            return new ShapeReflectState(parts.get(0), parts.get(1));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("shape_reflect caption does not state both parts: " + e.getMessage());
        }
    }
}
