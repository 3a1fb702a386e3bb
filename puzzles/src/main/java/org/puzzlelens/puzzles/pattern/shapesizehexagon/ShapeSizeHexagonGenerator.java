package org.puzzlelens.puzzles.pattern.shapesizehexagon;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/** Three polygons, each with its own size, twice round the ring; the centre is one of them. */
final class ShapeSizeHexagonGenerator {
    static final Param.Choice ARRANGEMENT = new Param.Choice(
            "arrangement",
            "repeating: the three shapes go round "
                    + "twice in the same order, as released; shuffled: each appears twice anywhere",
            Map.of(
                    Preset.EASY,
                    List.of("repeating"),
                    Preset.ALGOPUZZLEVQA,
                    List.of("repeating"),
                    Preset.HARD,
                    List.of("shuffled")));
    static final List<Param> PARAMS = List.of(ARRANGEMENT);

    private ShapeSizeHexagonGenerator() {}

    static ShapeSizeHexagonState generate(Parameters p, RandomGenerator rng) {
        List<Shape> pool = new ArrayList<>(Shape.POLYGONS);
        List<String> sizePool = new ArrayList<>(Size.WORDS);
        List<String> shapes = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            shapes.add(pool.remove(rng.nextInt(pool.size())).word());
            sizes.add(sizePool.remove(rng.nextInt(sizePool.size())));
        }
        List<Integer> order = new ArrayList<>(List.of(0, 1, 2, 0, 1, 2));
        if (p.get(ARRANGEMENT).equals("shuffled")) {
            List<Integer> shuffled = new ArrayList<>();
            while (!order.isEmpty()) {
                shuffled.add(order.remove(rng.nextInt(order.size())));
            }
            order = shuffled;
        } else if (!p.get(ARRANGEMENT).equals("repeating")) {
            throw new IllegalArgumentException("arrangement must be repeating or shuffled, not " + p.get(ARRANGEMENT));
        }
        List<String> ring = order.stream().map(shapes::get).toList();
        List<String> ringSizes = order.stream().map(sizes::get).toList();
        return new ShapeSizeHexagonState(ring, ringSizes, shapes.get(rng.nextInt(3)));
    }
}
