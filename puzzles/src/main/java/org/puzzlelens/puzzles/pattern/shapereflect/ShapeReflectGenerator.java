package org.puzzlelens.puzzles.pattern.shapereflect;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;

/** Distinct polygons above the line, their mirror images below, one of the shapes hidden, as released. */
final class ShapeReflectGenerator {
    static final Param.Int SHAPES_PER_PART = new Param.Int(
            "shapes_per_part",
            "shapes above (and below) the line",
            IntRange.exactly(2),
            IntRange.exactly(3),
            IntRange.exactly(ShapeReflectRenderer.MAX_PER_PART));
    static final List<Param> PARAMS = List.of(SHAPES_PER_PART);

    private ShapeReflectGenerator() {}

    static ShapeReflectState generate(Parameters p, RandomGenerator rng) {
        int count = p.get(SHAPES_PER_PART);
        List<Shape> pool = new ArrayList<>(Shape.POLYGONS);
        List<String> top = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            top.add(pool.remove(rng.nextInt(pool.size())).word());
        }
        List<String> bottom = new ArrayList<>(top);
        (rng.nextBoolean() ? top : bottom).set(rng.nextInt(count), PyList.MISSING);
        return new ShapeReflectState(top, bottom);
    }
}
