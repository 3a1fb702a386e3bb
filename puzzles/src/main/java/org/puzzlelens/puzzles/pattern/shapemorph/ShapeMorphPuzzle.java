package org.puzzlelens.puzzles.pattern.shapemorph;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.Shape;

/** PuzzleVQA {@code shape_morph}: the hidden corner shape at the end of a gradual morph across a grid. */
public final class ShapeMorphPuzzle extends PuzzleParts<ShapeMorphState> {
    private static final TypeInfo INFO = new TypeInfo("shape_morph", Suite.PUZZLEVQA, EnumSet.of(Tag.shapes),
            ShapeMorphGenerator.PARAMS,
            "find the hidden corner shape that a grid of gradually morphing shapes ends in");
    static final String QUESTION = "What is the missing shape of the part denoted with a question mark?";
    private static final Pattern CORNERS = Pattern.compile(
            "The top left shape is a (\\w+|\\?) and the bottom right shape is a (\\w+|\\?)\\.");
    private static final Pattern TOWARDS = Pattern.compile("change gradually from a \\w+ into something like a (\\w+)");

    public ShapeMorphPuzzle() {
        super(INFO, ShapeMorphState.class,
                ShapeMorphGenerator::generate, ShapeMorphSolver::solve,
                state -> PatternDraw.CANVAS, ShapeMorphRenderer::draw, ShapeMorphDescriber.INSTANCE);
    }

    @Override
    public String question(ShapeMorphState state) {
        return QUESTION;
    }

    /** Four of the five shapes, as released. */
    @Override
    public List<String> options(ShapeMorphState state, Solution solution, RandomGenerator rng) {
        return Options.fromPool(solution.answer(), Arrays.stream(Shape.values()).map(Shape::word).toList(), rng);
    }

    /**
     * Needs the sentence our captions add: the released captions name only the visible corner and say the
     * other shapes are irregular, which leaves the hidden corner open.
     */
    @Override
    public ShapeMorphState fromReleased(JsonNode record) {
        String caption = Released.string(record, "caption");
        Matcher corners = CORNERS.matcher(caption);
        Matcher towards = TOWARDS.matcher(caption);
        if (!corners.find()) {
            throw new MalformedRecordException("shape_morph caption does not name the two corners: " + caption);
        }
        if (!towards.find()) {
            throw new MalformedRecordException("shape_morph caption does not say what the shapes morph into; released "
                    + "captions never do, so the hidden corner is open");
        }
        try {
            return ShapeMorphDescriber.of(corners.group(1), corners.group(2), towards.group(1));
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("shape_morph caption does not state the morph: " + e.getMessage());
        }
    }
}
