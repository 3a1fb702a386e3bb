package org.puzzlelens.puzzles.pattern.shapesizehexagon;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

/** PuzzleVQA {@code shape_size_hexagon}: the size of a hidden centre shape when every shape has its own size. */
public final class ShapeSizeHexagonPuzzle extends PuzzleParts<ShapeSizeHexagonState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "shape_size_hexagon",
            Suite.PUZZLEVQA,
            "find the size of a hidden shape in a ring where each shape has one size",
            ShapeSizeHexagonGenerator.PARAMS,
            Tag.shapes,
            Tag.size);

    public ShapeSizeHexagonPuzzle() {
        super(
                INFO,
                ShapeSizeHexagonGenerator::generate,
                ShapeSizeHexagonSolver::solve,
                state -> PatternDraw.CANVAS,
                ShapeSizeHexagonRenderer::draw,
                ShapeSizeHexagonDescriber.INSTANCE);
    }

    @Override
    public String question(ShapeSizeHexagonState state) {
        return "What is the size of the missing shape denoted with a question mark if it is a " + state.centre() + "?";
    }

    /** The three sizes, as released. */
    @Override
    public List<String> options(ShapeSizeHexagonState state, Solution solution, RandomGenerator rng) {
        return PatternAnswers.allWords(solution.answer(), Size.WORDS, rng);
    }

    private static final Pattern CENTRE = Pattern.compile("if it is an? (\\w+)\\?");

    /** The question names the centre shape; every released caption lists the ring's shapes and sizes in full. */
    @Override
    public ShapeSizeHexagonState fromReleased(JsonNode record) {
        Matcher centre = CENTRE.matcher(Released.question(record));
        if (!centre.find()) {
            throw new MalformedRecordException("shape_size_hexagon question does not name the hidden shape");
        }
        List<List<String>> lists = PyList.exactly(Released.string(record, "caption"), 2, "the ring's shapes and sizes");
        return PatternAnswers.fromCaption(
                () -> new ShapeSizeHexagonState(lists.get(0), lists.get(1), centre.group(1)), "the ring");
    }
}
