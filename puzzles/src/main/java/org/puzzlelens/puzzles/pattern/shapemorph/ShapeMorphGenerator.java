package org.puzzlelens.puzzles.pattern.shapemorph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.shapemorph.ShapeMorphState.Corner;

/** Two different shapes of the five, either corner hidden, as released; presets pick how alike the two are. */
final class ShapeMorphGenerator {
    static final Param.Choice PAIR = new Param.Choice(
            "pair",
            "how alike the two shapes are: far (sides "
                    + "differ by two or more, circle counting as many), near (by one), any",
            Map.of(Preset.EASY, List.of("far"), Preset.ALGOPUZZLEVQA, List.of("any"), Preset.HARD, List.of("near")));
    static final List<Param> PARAMS = List.of(PAIR);

    private ShapeMorphGenerator() {}

    static ShapeMorphState generate(Parameters p, RandomGenerator rng) {
        String pair = p.get(PAIR);
        List<Shape[]> pairs = new ArrayList<>();
        for (Shape a : Shape.values()) {
            for (Shape b : Shape.values()) {
                if (a != b && allowed(pair, a, b)) {
                    pairs.add(new Shape[] {a, b});
                }
            }
        }
        Shape[] chosen = pairs.get(rng.nextInt(pairs.size()));
        return new ShapeMorphState(chosen[0], rng.nextBoolean() ? Corner.TOP_LEFT : Corner.BOTTOM_RIGHT, chosen[1]);
    }

    private static boolean allowed(String pair, Shape a, Shape b) {
        int gap = Math.abs(sides(a) - sides(b));
        return switch (pair) {
            case "any" -> true;
            case "far" -> gap >= 2;
            case "near" -> gap == 1;
            default -> throw new IllegalArgumentException("pair must be far, near or any, not " + pair);
        };
    }

    /** A circle sits one step beyond the hexagon. */
    private static int sides(Shape s) {
        return s == Shape.CIRCLE ? Shape.HEXAGON.sides() + 1 : s.sides();
    }
}
