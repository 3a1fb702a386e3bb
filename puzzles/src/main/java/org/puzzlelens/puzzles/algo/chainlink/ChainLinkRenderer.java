package org.puzzlelens.puzzles.algo.chainlink;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.puzzlelens.puzzles.core.Canvas;

/**
 * As released: yellow rounded links, each segment a diagonal run of overlapping links, four
 * segments a row, open links first (drawn with a gap in their left side), then shortest first.
 */
final class ChainLinkRenderer {
    static final double WIDTH = 1320;
    static final double MARGIN = 30;
    static final int PER_ROW = 4;
    static final double COLUMN = 315;
    static final double ROW = 215;
    static final double LINK_W = 100;
    static final double LINK_H = 56;
    static final double STEP_X = 46;
    static final double STEP_Y = 30;
    static final Color LINK = new Color(248, 195, 21);
    private static final float STROKE = 6;
    private static final double GAP = 16;

    private ChainLinkRenderer() {}

    static Canvas canvas(ChainLinkState s) {
        int rows = (s.segments() + PER_ROW - 1) / PER_ROW;
        return new Canvas(WIDTH, 2 * MARGIN + rows * ROW);
    }

    /** Top-left corner of the first link of segment {@code index} (0-based, in layout order). */
    static double segmentX(int index) {
        return MARGIN + (index % PER_ROW) * COLUMN;
    }

    static double segmentY(int index) {
        return MARGIN + (index / PER_ROW) * ROW;
    }

    static void draw(ChainLinkState s, Graphics2D g) {
        List<Integer> layout = s.layout();
        g.setColor(LINK);
        g.setStroke(new BasicStroke(STROKE));
        for (int i = 0; i < layout.size(); i++) {
            double x = segmentX(i);
            double y = segmentY(i);
            int length = layout.get(i);
            if (length == 0) {
                Area ring = new Area(g.getStroke().createStrokedShape(link(x, y)));
                ring.subtract(new Area(new Rectangle2D.Double(x - STROKE, y + (LINK_H - GAP) / 2, 2 * STROKE, GAP)));
                g.fill(ring);
            }
            for (int k = 0; k < length; k++) {
                g.draw(link(x + k * STEP_X, y + k * STEP_Y));
            }
        }
    }

    private static Shape link(double x, double y) {
        return new RoundRectangle2D.Double(x, y, LINK_W, LINK_H, LINK_H * 0.9, LINK_H * 0.9);
    }
}
