package org.puzzlelens.puzzles.pattern.shapereflect;

import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;
import org.puzzlelens.puzzles.pattern.common.OptionRule;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PatternPuzzle;
import org.puzzlelens.puzzles.pattern.common.Shape;

/** PuzzleVQA {@code shape_reflect}: the hidden shape of a row mirrored across a line. */
public final class ShapeReflectPuzzle extends PatternPuzzle<ShapeReflectState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "shape_reflect",
            Suite.PUZZLEVQA,
            "find the hidden shape of a row of polygons mirrored across a line",
            ShapeReflectGenerator.PARAMS,
            Tag.shapes);

    /** Options: the four polygons, as released. */
    public ShapeReflectPuzzle() {
        super(
                INFO,
                "What is the missing shape denoted by a question mark?",
                OptionRule.fromPool(Shape.POLYGONS.stream().map(Shape::word).toList()),
                ShapeReflectDescriber::fromCaption,
                ShapeReflectGenerator::generate,
                ShapeReflectSolver::solve,
                PatternDraw.CANVAS,
                ShapeReflectRenderer::draw,
                ShapeReflectDescriber.INSTANCE);
    }
}
