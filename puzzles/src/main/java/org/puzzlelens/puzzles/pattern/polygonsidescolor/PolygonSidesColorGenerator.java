package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.ParamRule;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Triangle;

/**
 * Polygons in pairs: each pair shares a side count and a colour, distinct from the other pairs (an
 * odd count leaves one polygon alone); the question mark hides one polygon of a pair. Released: six
 * polygons, three pairs, 3..9 sides.
 */
final class PolygonSidesColorGenerator {
    static final List<ParamRule> RULES = List.of(new ParamRule(
            "each colour has its own side count, so max_sides must be at least 2 + the colours (half the polygons)",
            p -> p.get(PolygonTriangle.MAX_SIDES) - PolygonTriangle.MIN_SIDES + 1
                    >= groups(Triangle.parts(p.get(PolygonTriangle.ROWS)))));

    private PolygonSidesColorGenerator() {}

    /** Polygons share a colour in pairs (one alone when the count is odd). */
    private static int groups(int parts) {
        return (parts + 1) / 2;
    }

    static PolygonSidesColorState generate(Parameters p, RandomGenerator rng) {
        int parts = Triangle.parts(p.get(PolygonTriangle.ROWS));
        int groups = groups(parts);
        int maxSides = p.get(PolygonTriangle.MAX_SIDES);
        List<Integer> sidePool = new ArrayList<>();
        for (int s = PolygonTriangle.MIN_SIDES; s <= maxSides; s++) {
            sidePool.add(s);
        }
        List<String> colourPool = new ArrayList<>(PatternColour.words());
        List<Integer> slots = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            slots.add(i);
        }
        Integer[] sides = new Integer[parts];
        String[] colours = new String[parts];
        // The first group is always a full pair, so hiding one of its members keeps the puzzle answerable.
        List<Integer> firstPair = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            int s = sidePool.remove(rng.nextInt(sidePool.size()));
            String c = colourPool.remove(rng.nextInt(colourPool.size()));
            for (int member = 0; member < 2 && !slots.isEmpty(); member++) {
                int slot = slots.remove(rng.nextInt(slots.size()));
                sides[slot] = s;
                colours[slot] = c;
                if (g == 0) {
                    firstPair.add(slot);
                }
            }
        }
        colours[firstPair.get(rng.nextInt(2))] = PyList.MISSING;
        return new PolygonSidesColorState(List.of(sides), List.of(colours));
    }
}
