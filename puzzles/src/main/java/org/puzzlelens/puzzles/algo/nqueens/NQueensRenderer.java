package org.puzzlelens.puzzles.algo.nqueens;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.puzzlelens.puzzles.core.Canvas;

/** The board edge to edge in two yellows (light at the top left, as released), each queen a white crown outlined in black. */
final class NQueensRenderer {
    static final double CELL = 100;
    static final Color LIGHT = new Color(255, 230, 179);
    static final Color DARK = new Color(255, 195, 57);
    /** A point inside the crown, relative to the cell centre in cells, that is white when a queen stands there. */
    static final double CROWN_PROBE_Y = 0.06;
    // crown outline, relative to the cell centre in cells: five points with valleys between them
    private static final double[][] CROWN = {
        {-0.22, 0.12},
        {-0.28, -0.12},
        {-0.21, 0},
        {-0.14, -0.18},
        {-0.07, 0},
        {0, -0.22},
        {0.07, 0},
        {0.14, -0.18},
        {0.21, 0},
        {0.28, -0.12},
        {0.22, 0.12}
    };

    private NQueensRenderer() {}

    static Canvas canvas(NQueensState s) {
        return new Canvas(s.size() * CELL, s.size() * CELL);
    }

    static double centre(int index) {
        return (index + 0.5) * CELL;
    }

    static void draw(NQueensState s, Graphics2D g) {
        for (int r = 0; r < s.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                g.setColor((r + c) % 2 == 0 ? LIGHT : DARK);
                g.fill(new Rectangle2D.Double(c * CELL, r * CELL, CELL + 0.5, CELL + 0.5));
            }
        }
        for (var q : s.queens()) {
            queen(g, centre(q.get(1)), centre(q.get(0)));
        }
    }

    private static void queen(Graphics2D g, double x, double y) {
        Path2D.Double crown = new Path2D.Double();
        crown.moveTo(x + CROWN[0][0] * CELL, y + CROWN[0][1] * CELL);
        for (int i = 1; i < CROWN.length; i++) {
            crown.lineTo(x + CROWN[i][0] * CELL, y + CROWN[i][1] * CELL);
        }
        crown.closePath();
        outlined(g, crown);
        outlined(
                g,
                new RoundRectangle2D.Double(
                        x - 0.25 * CELL, y + 0.12 * CELL, 0.5 * CELL, 0.12 * CELL, 0.06 * CELL, 0.06 * CELL));
        for (int tip = 1; tip < CROWN.length - 1; tip += 2) {
            double r = 0.035 * CELL;
            outlined(
                    g,
                    new Ellipse2D.Double(x + CROWN[tip][0] * CELL - r, y + CROWN[tip][1] * CELL - 2 * r, 2 * r, 2 * r));
        }
    }

    private static void outlined(Graphics2D g, Shape shape) {
        g.setColor(Color.WHITE);
        g.fill(shape);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke((float) (0.025 * CELL), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(shape);
    }
}
