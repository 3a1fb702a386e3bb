package org.puzzlelens.puzzles.pattern.rectangleheightnumber;

import java.awt.Color;
import java.awt.Graphics2D;
import java.util.Collections;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.RectangleRow;

/** Light green rectangles with their numbers, as released. */
final class RectangleHeightNumberRenderer {
    static final Canvas CANVAS = new Canvas(RectangleRow.SIZE, RectangleRow.SIZE);
    static final Color FILL = PatternColour.GREEN.pale();

    private RectangleHeightNumberRenderer() {}

    static void draw(RectangleHeightNumberState s, Graphics2D g) {
        RectangleRow.draw(g, s.lengths(), Collections.nCopies(s.lengths().size(), FILL), s.labels());
    }
}
