package org.puzzlelens.puzzles.algo.numberslide;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** White rounded tiles with black numbers inside a thin red wall, the open position left empty, as released. */
final class NumberSlideRenderer {
    static final Canvas CANVAS = new Canvas(1000, 1000);
    static final double WALL = 20;
    static final double INSET = 8;
    private static final Color TILE_EDGE = new Color(110, 110, 110);
    private static final Color WALL_COLOUR = new Color(220, 40, 40);

    private NumberSlideRenderer() {}

    static double pitch(int n) {
        return (CANVAS.width() - 2 * WALL) / n;
    }

    /** The outline of the tile at (row, col). */
    static RoundRectangle2D tile(int n, int row, int col) {
        double p = pitch(n);
        return new RoundRectangle2D.Double(
                WALL + col * p + INSET, WALL + row * p + INSET, p - 2 * INSET, p - 2 * INSET, p * 0.1, p * 0.1);
    }

    static Font font(int n) {
        return Fonts.sans(pitch(n) * 0.32);
    }

    static void draw(NumberSlideState s, Graphics2D g) {
        int n = s.size();
        g.setColor(WALL_COLOUR);
        g.setStroke(new BasicStroke(3));
        g.draw(new Rectangle2D.Double(
                WALL - 6, WALL - 6, CANVAS.width() - 2 * WALL + 12, CANVAS.height() - 2 * WALL + 12));
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                int value = s.grid().get(r).get(c);
                if (value == 0) {
                    continue;
                }
                RoundRectangle2D t = tile(n, r, c);
                g.setColor(TILE_EDGE);
                g.setStroke(new BasicStroke(2.5f));
                g.draw(t);
                g.setColor(Color.BLACK);
                Draw.centred(g, Integer.toString(value), font(n), t.getCenterX(), t.getCenterY());
            }
        }
    }
}
