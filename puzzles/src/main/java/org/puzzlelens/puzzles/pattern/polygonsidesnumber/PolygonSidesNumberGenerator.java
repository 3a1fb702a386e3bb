package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.ParamRule;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Triangle;

/** Distinct side counts, each polygon numbered with its sides, one number hidden; released: six of 3..9 sides. */
final class PolygonSidesNumberGenerator {
    static final List<ParamRule> RULES = List.of(new ParamRule(
            "every polygon has its own side count, so max_sides must be at least 2 + the polygons of the rows",
            p -> p.get(PolygonTriangle.MAX_SIDES) - PolygonTriangle.MIN_SIDES + 1
                    >= Triangle.parts(p.get(PolygonTriangle.ROWS))));

    private PolygonSidesNumberGenerator() {}

    static PolygonSidesNumberState generate(Parameters p, RandomGenerator rng) {
        int parts = Triangle.parts(p.get(PolygonTriangle.ROWS));
        int maxSides = p.get(PolygonTriangle.MAX_SIDES);
        List<Integer> pool = new ArrayList<>();
        for (int s = PolygonTriangle.MIN_SIDES; s <= maxSides; s++) {
            pool.add(s);
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
