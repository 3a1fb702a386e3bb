package org.puzzlelens.puzzles.pattern.shapesizehexagon;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/**
 * Six shapes in a ring, anti-clockwise from the one at 3 o'clock, and a question mark in the centre that
 * the question says is a shape of the ring.
 *
 * @param ring the ring's polygons, {@code triangle|square|pentagon|hexagon}
 * @param sizes their sizes, {@code small|medium|large}
 * @param centre the shape of the hidden centre part, as the question names it
 */
public record ShapeSizeHexagonState(List<String> ring, List<String> sizes, String centre) {
    public static final int RING = 6;

    public ShapeSizeHexagonState {
        ring = List.copyOf(ring);
        sizes = List.copyOf(sizes);
        if (ring.size() != RING || sizes.size() != RING) {
            throw new IllegalArgumentException(
                    "the ring holds " + RING + " shapes, each with a size: " + ring + " " + sizes);
        }
        for (String shape : ring) {
            polygon(shape);
        }
        for (String size : sizes) {
            if (!Size.isWord(size)) {
                throw new IllegalArgumentException("not a size: " + size);
            }
        }
        if (!ring.contains(polygon(centre))) {
            throw new IllegalArgumentException("the centre's shape must appear in the ring: " + centre);
        }
    }

    private static String polygon(String word) {
        if (!Shape.POLYGONS.contains(Shape.parse(word))) {
            throw new IllegalArgumentException("not a polygon: " + word);
        }
        return word;
    }
}
