package org.puzzlelens.puzzles.pattern.colornumberhexagon;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;

/** As released: six light-coloured triangles, each labelled with its number (or a question mark). */
final class ColorNumberHexagonRenderer {
    static final double FONT = 40;

    private ColorNumberHexagonRenderer() {}

    static void draw(ColorNumberHexagonState s, Graphics2D g) {
        Hexagon.draw(g, s.colours().stream().map(PatternColour::light).toList());
        for (int i = 0; i < Hexagon.PARTS; i++) {
            Point2D p = Hexagon.centre(i);
            PatternDraw.label(g, s.numbers().get(i), p.getX(), p.getY(), FONT);
        }
    }
}
