package org.puzzlelens.puzzles.pattern.shapemorph;

import java.util.Arrays;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
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

    /** Options: four of the five shapes, as released. */
    public ShapeMorphPuzzle() {
        super(
                INFO,
                "What is the missing shape of the part denoted with a question mark?",
                OptionRule.fromPool(
                        Arrays.stream(Shape.values()).map(Shape::word).toList()),
                ShapeMorphDescriber::fromCaption,
                ShapeMorphGenerator::generate,
                ShapeMorphSolver::solve,
                PatternDraw.CANVAS,
                ShapeMorphRenderer::draw,
                ShapeMorphDescriber.INSTANCE);
    }
}
