package org.puzzlelens.puzzles.pattern.shapesizegrid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/**
 * Three polygons, one per row (or per column), and the sizes progressing along the other direction; one
 * cell hidden. Released sizes run small to large or large to small.
 */
final class ShapeSizeGridGenerator {
    static final Param.Choice SIZE_ORDER = new Param.Choice(
            "size_order",
            "how sizes progress across the grid: " + "increasing, decreasing, or shuffled (any order)",
            Map.of(
                    Preset.EASY,
                    List.of("increasing"),
                    Preset.ALGOPUZZLEVQA,
                    List.of("increasing", "decreasing"),
                    Preset.HARD,
                    List.of("increasing", "decreasing", "shuffled")));
    static final List<Param> PARAMS = List.of(SIZE_ORDER);

    private ShapeSizeGridGenerator() {}

    static ShapeSizeGridState generate(Parameters p, RandomGenerator rng) {
        List<String> sizes = switch (p.get(SIZE_ORDER)) {
            case "increasing" -> Size.WORDS;
            case "decreasing" -> Size.WORDS.reversed();
            case "shuffled" -> draw(new ArrayList<>(Size.WORDS), 3, rng);
            default ->
                throw new IllegalArgumentException(
                        "size_order must be increasing, decreasing or shuffled, not " + p.get(SIZE_ORDER));
        };
        List<String> shapes =
                draw(new ArrayList<>(Shape.POLYGONS.stream().map(Shape::word).toList()), 3, rng);
        boolean shapePerRow = rng.nextBoolean();
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < ShapeSizeGridState.SIZE; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < ShapeSizeGridState.SIZE; c++) {
                row.add(
                        shapePerRow
                                ? ShapeSizeGridState.cell(sizes.get(c), shapes.get(r))
                                : ShapeSizeGridState.cell(sizes.get(r), shapes.get(c)));
            }
            rows.add(row);
        }
        rows.get(rng.nextInt(ShapeSizeGridState.SIZE)).set(rng.nextInt(ShapeSizeGridState.SIZE), PyList.MISSING);
        return new ShapeSizeGridState(rows);
    }

    private static List<String> draw(List<String> pool, int count, RandomGenerator rng) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(pool.remove(rng.nextInt(pool.size())));
        }
        return out;
    }
}
