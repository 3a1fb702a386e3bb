package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Collections;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.Triangle;

/** Light purple polygons with their numbers, as released. */
final class PolygonSidesNumberRenderer {
    static final Canvas CANVAS = new Canvas(Triangle.SIZE, Triangle.SIZE);
    static final Color FILL = new Color(0xD9D2E8);

    private PolygonSidesNumberRenderer() {}

    static void draw(PolygonSidesNumberState s, Graphics2D g) {
        PolygonTriangle.draw(g, s.sides(), Collections.nCopies(s.sides().size(), FILL), s.labels());
    }
}
