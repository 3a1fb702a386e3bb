package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Triangle;

/** Polygons in the palette's colours; the hidden one grey with a question mark, as released. */
final class PolygonSidesColorRenderer {
    static final Canvas CANVAS = new Canvas(Triangle.SIZE, Triangle.SIZE);

    private PolygonSidesColorRenderer() {}

    static void draw(PolygonSidesColorState s, Graphics2D g) {
        List<Color> fills = s.colors().stream().map(PatternColour::fill).toList();
        List<String> labels =
                s.colors().stream().map(c -> c.equals(PyList.MISSING) ? c : "").toList();
        PolygonTriangle.draw(g, s.sides(), fills, labels);
    }
}
