package org.puzzlelens.puzzles.pattern.common;

import org.puzzlelens.puzzles.testing.Pixels;

/** Reads a rectangle's length from the pixels: how far above the centre line its column is inked. */
public final class RowReading {
    private RowReading() {}

    public static int length(Pixels px, int i, int n) {
        double step = RectangleRow.centreX(1, n) - RectangleRow.centreX(0, n);
        double x = RectangleRow.centreX(i, n) + 0.3 * step;
        double y = 0;
        while (y < RectangleRow.CENTRE_Y && !ShapeReading.inked(px.at(x, y))) {
            y += 0.5;
        }
        return (int) Math.round((RectangleRow.CENTRE_Y - y) * 2 / RectangleRow.height(1));
    }

    /** Font size of the labels in a row of {@code n}. */
    public static double labelSize(int n) {
        double step = RectangleRow.centreX(1, n) - RectangleRow.centreX(0, n);
        return RectangleRow.LABEL_SIZE * Math.min(1, step / 64);
    }
}
