package org.puzzlelens.puzzles.pattern.rectangleheightcolor;

import java.awt.Graphics2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** Rectangles in the palette's colours; the hidden one grey with a question mark, as released. */
final class RectangleHeightColorRenderer {
    static final Canvas CANVAS = new Canvas(RectangleRow.SIZE, RectangleRow.SIZE);

    private RectangleHeightColorRenderer() {}

    static void draw(RectangleHeightColorState s, Graphics2D g) {
        RectangleRow.draw(
                g,
                s.lengths(),
                s.colors().stream().map(PatternColour::fill).toList(),
                s.colors().stream().map(c -> c.equals(PyList.MISSING) ? c : "").toList());
    }
}
