package org.puzzlelens.puzzles.pattern.shapemorph;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.Shape;

/** PuzzleVQA {@code shape_morph}: the hidden corner shape at the end of a gradual morph across a grid. */
public final class ShapeMorphPuzzle extends PatternPuzzle<ShapeMorphState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "shape_morph",
            Suite.PUZZLEVQA,
            "find the hidden corner shape that a grid of gradually morphing shapes ends in",
            ShapeMorphGenerator.PARAMS,
            Tag.shapes);
    private static final Pattern CORNERS =
            Pattern.compile("The top left shape is a (\\w+|\\?) and the bottom right shape is a (\\w+|\\?)\\.");

    /** Options: four of the five shapes, as released. */
    public ShapeMorphPuzzle() {
        super(
                INFO,
                "What is the missing shape of the part denoted with a question mark?",
                OptionRule.fromPool(
                        Arrays.stream(Shape.values()).map(Shape::word).toList()),
                ShapeMorphGenerator::generate,
                ShapeMorphSolver::solve,
                PatternDraw.CANVAS,
                ShapeMorphRenderer::draw,
                ShapeMorphDescriber.INSTANCE);
    }

    private static final Pattern TOWARDS = Pattern.compile("change gradually from a \\w+ into something like a (\\w+)");

    /**
     * Needs the sentence our captions add: the released captions name only the visible corner and say the
     * other shapes are irregular, which leaves the hidden corner open.
     */
    @Override
    protected ShapeMorphState fromCaption(String caption) {
        Matcher corners = PatternAnswers.match(CORNERS, caption, "the two corners");
        Matcher towards = TOWARDS.matcher(caption);
        if (!towards.find()) {
            throw new MalformedRecordException("shape_morph caption does not say what the shapes morph into; released "
                    + "captions never do, so the hidden corner is open");
        }
        return PatternAnswers.fromCaption(
                () -> ShapeMorphDescriber.of(corners.group(1), corners.group(2), towards.group(1)), "the morph");
    }
}
