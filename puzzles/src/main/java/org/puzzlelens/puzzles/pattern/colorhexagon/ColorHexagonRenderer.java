package org.puzzlelens.puzzles.pattern.colorhexagon;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;

/** As released: six strong-coloured triangles; the unknown one grey with a question mark. */
final class ColorHexagonRenderer {
    static final double FONT = 36;

    private ColorHexagonRenderer() {}

    static void draw(ColorHexagonState s, Graphics2D g) {
        Hexagon.draw(
                g,
                s.colours().stream()
                        .map(c -> c == null ? PatternColour.MISSING : c.strong())
                        .toList());
        Point2D p = Hexagon.centre(s.gap());
        PatternDraw.label(g, null, p.getX(), p.getY(), FONT);
    }
}
