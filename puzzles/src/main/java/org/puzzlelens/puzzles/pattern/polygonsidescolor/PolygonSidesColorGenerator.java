package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
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
    private PolygonSidesColorGenerator() {
    }

    static PolygonSidesColorState generate(Parameters p, RandomGenerator rng) {
        int parts = Triangle.parts(p.getInt("rows"));
        int groups = (parts + 1) / 2;
        int maxSides = p.getInt("max_sides");
        if (maxSides - PolygonTriangle.MIN_SIDES + 1 < groups || maxSides > PolygonTriangle.MAX_SIDES) {
            throw new IllegalArgumentException(groups + " side counts need max_sides " + (groups + 2) + ".."
                    + PolygonTriangle.MAX_SIDES + ", got " + maxSides);
        }
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
