package org.puzzlelens.puzzles.algo.rottingkiwi;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.puzzlelens.puzzles.core.Canvas;

/** A grid with thin grey lines; each kiwi a half-cut fruit as released, a rotten one crossed out in red. */
final class RottingKiwiRenderer {
    static final double CELL = 300;
    static final double MARGIN = 50;
    static final Color SKIN = new Color(150, 95, 45);
    static final Color FLESH = new Color(141, 198, 63);
    static final Color RAYS = new Color(96, 160, 44);
    static final Color CORE = new Color(240, 235, 190);
    static final Color CROSS = new Color(236, 58, 58);
    static final Color GRID = new Color(120, 120, 120);
    private static final int SEEDS = 12;

    private RottingKiwiRenderer() {}

    static Canvas canvas(RottingKiwiState s) {
        double side = s.size() * CELL + 2 * MARGIN;
        return new Canvas(side, side);
    }

    /** Centre of a cell in canvas units. */
    static double centre(int index) {
        return MARGIN + (index + 0.5) * CELL;
    }

    static void draw(RottingKiwiState s, Graphics2D g) {
        g.setColor(GRID);
        g.setStroke(new BasicStroke(2.5f));
        for (int r = 0; r < s.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                g.draw(new Rectangle2D.Double(MARGIN + c * CELL, MARGIN + r * CELL, CELL, CELL));
            }
        }
        for (int r = 0; r < s.size(); r++) {
            for (int c = 0; c < s.size(); c++) {
                if (s.at(r, c) != RottingKiwiState.EMPTY) {
                    kiwi(g, centre(c), centre(r));
                }
                if (s.at(r, c) == RottingKiwiState.ROTTEN) {
                    cross(g, centre(c), centre(r));
                }
            }
        }
    }

    private static void kiwi(Graphics2D g, double x, double y) {
        double w = CELL * 0.68;
        double h = CELL * 0.64;
        g.setColor(SKIN);
        g.fill(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h));
        // the flesh sits up and to the left so the skin shows thicker at the bottom right, as in the release
        double fw = w * 0.84;
        double fh = h * 0.82;
        double fx = x - w * 0.04;
        double fy = y - h * 0.05;
        g.setColor(FLESH);
        g.fill(new Ellipse2D.Double(fx - fw / 2, fy - fh / 2, fw, fh));
        g.setColor(RAYS);
        g.setStroke(new BasicStroke((float) (CELL * 0.012), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int i = 0; i < 24; i++) {
            double a = 2 * Math.PI * i / 24;
            g.draw(new Line2D.Double(
                    fx + Math.cos(a) * fw * 0.31,
                    fy + Math.sin(a) * fh * 0.31,
                    fx + Math.cos(a) * fw * 0.42,
                    fy + Math.sin(a) * fh * 0.42));
        }
        g.setColor(CORE);
        g.fill(new Ellipse2D.Double(fx - fw * 0.17, fy - fh * 0.12, fw * 0.34, fh * 0.24));
        g.setColor(Color.BLACK);
        for (int i = 0; i < SEEDS; i++) {
            double a = 2 * Math.PI * i / SEEDS;
            double sx = fx + Math.cos(a) * fw * 0.26;
            double sy = fy + Math.sin(a) * fh * 0.2;
            g.fill(new Ellipse2D.Double(sx - CELL * 0.017, sy - CELL * 0.017, CELL * 0.034, CELL * 0.034));
        }
    }

    private static void cross(Graphics2D g, double x, double y) {
        double arm = CELL * 0.27;
        g.setColor(CROSS);
        g.setStroke(new BasicStroke((float) (CELL * 0.09), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x - arm, y - arm, x + arm, y + arm));
        g.draw(new Line2D.Double(x - arm, y + arm, x + arm, y - arm));
    }
}
