package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Triangle;

/** Distinct side counts, each polygon numbered with its sides, one number hidden; released: six of 3..9 sides. */
final class PolygonSidesNumberGenerator {
    private PolygonSidesNumberGenerator() {
    }

    static PolygonSidesNumberState generate(Parameters p, RandomGenerator rng) {
        int parts = Triangle.parts(p.getInt("rows"));
        int maxSides = p.getInt("max_sides");
        List<Integer> pool = new ArrayList<>();
        for (int s = PolygonTriangle.MIN_SIDES; s <= maxSides; s++) {
            pool.add(s);
        }
        if (pool.size() < parts || maxSides > PolygonTriangle.MAX_SIDES) {
            throw new IllegalArgumentException(parts + " polygons with distinct side counts need max_sides "
                    + (parts + 2) + ".." + PolygonTriangle.MAX_SIDES + ", got " + maxSides);
        }
        List<Integer> sides = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            sides.add(pool.remove(rng.nextInt(pool.size())));
            labels.add(Integer.toString(sides.get(i)));
        }
        labels.set(rng.nextInt(parts), PyList.MISSING);
        return new PolygonSidesNumberState(sides, labels);
    }
}
