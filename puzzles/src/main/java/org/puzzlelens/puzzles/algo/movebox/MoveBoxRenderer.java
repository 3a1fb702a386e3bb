package org.puzzlelens.puzzles.algo.movebox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import org.puzzlelens.puzzles.core.Canvas;

/**
 * Icons on a white grid as released: brick blocks, a cardboard box, a person in a teal shirt and a
 * chequered flag. Each icon has its own colour at the cell centre (brick, box, shirt, a dark check).
 */
final class MoveBoxRenderer {
    static final Canvas CANVAS = new Canvas(600, 600);
    static final double ORIGIN = 36;
    static final double GRID = 528;
    static final Color BRICK = new Color(214, 78, 44);
    static final Color MORTAR = new Color(246, 226, 214);
    static final Color BOX = new Color(196, 137, 80);
    static final Color BOX_TOP = new Color(226, 178, 120);
    static final Color TAPE = new Color(240, 218, 180);
    static final Color SHIRT = new Color(32, 168, 156);
    static final Color SKIN = new Color(255, 198, 64);
    static final Color HAIR = new Color(96, 56, 24);
    static final Color TROUSERS = new Color(118, 118, 130);
    static final Color FLAG_DARK = new Color(24, 24, 24);
    static final Color POLE = new Color(150, 150, 150);
    private static final int BRICK_ROWS = 5;

    private MoveBoxRenderer() {}

    static double cellSize(MoveBoxState s) {
        return GRID / Math.max(s.rows(), s.columns());
    }

    /** Top-left corner of a cell. */
    static double[] corner(MoveBoxState s, Cell c) {
        return new double[] {ORIGIN + c.column() * cellSize(s), ORIGIN + c.row() * cellSize(s)};
    }

    static void draw(MoveBoxState s, Graphics2D g) {
        double size = cellSize(s);
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                Cell cell = new Cell(r, c);
                double[] at = corner(s, cell);
                switch (s.at(cell)) {
                    case WALL -> wall(g, at[0], at[1], size);
                    case BOX -> box(g, at[0], at[1], size);
                    case PERSON -> person(g, at[0], at[1], size);
                    case FLAG -> flag(g, at[0], at[1], size);
                    case FLOOR -> {}
                }
            }
        }
    }

    /** Five courses of bricks; even courses have joints at a quarter and three quarters, so the centre is brick. */
    private static void wall(Graphics2D g, double x, double y, double size) {
        double inset = size * 0.03;
        double side = size - 2 * inset;
        g.setColor(BRICK);
        g.fill(new Rectangle2D.Double(x + inset, y + inset, side, side));
        g.setColor(MORTAR);
        g.setStroke(new BasicStroke((float) (size * 0.025)));
        double course = side / BRICK_ROWS;
        for (int row = 0; row < BRICK_ROWS; row++) {
            double top = y + inset + row * course;
            if (row > 0) {
                g.draw(new Line2D.Double(x + inset, top, x + inset + side, top));
            }
            double[] joints = row % 2 == 0 ? new double[] {0.25, 0.75} : new double[] {0.5};
            for (double j : joints) {
                g.draw(new Line2D.Double(x + inset + j * side, top, x + inset + j * side, top + course));
            }
        }
    }

    private static void box(Graphics2D g, double x, double y, double size) {
        g.setColor(BOX);
        g.fill(new RoundRectangle2D.Double(
                x + size * 0.16, y + size * 0.2, size * 0.68, size * 0.64, size * 0.06, size * 0.06));
        g.setColor(BOX_TOP);
        g.fill(new Rectangle2D.Double(x + size * 0.16, y + size * 0.2, size * 0.68, size * 0.16));
        g.setColor(TAPE);
        g.fill(new Rectangle2D.Double(x + size * 0.44, y + size * 0.2, size * 0.12, size * 0.16));
    }

    private static void person(Graphics2D g, double x, double y, double size) {
        g.setColor(TROUSERS);
        g.fill(new Rectangle2D.Double(x + size * 0.4, y + size * 0.64, size * 0.2, size * 0.26));
        g.setColor(SKIN);
        g.fill(new Rectangle2D.Double(x + size * 0.3, y + size * 0.38, size * 0.06, size * 0.24));
        g.fill(new Rectangle2D.Double(x + size * 0.64, y + size * 0.38, size * 0.06, size * 0.24));
        g.fill(new Ellipse2D.Double(x + size * 0.39, y + size * 0.12, size * 0.22, size * 0.24));
        g.setColor(HAIR);
        g.fill(new Rectangle2D.Double(x + size * 0.39, y + size * 0.1, size * 0.22, size * 0.07));
        g.setColor(SHIRT);
        g.fill(new Rectangle2D.Double(x + size * 0.36, y + size * 0.36, size * 0.28, size * 0.3));
    }

    /** A 4 x 3 chequered cloth; checks whose row + column is odd are dark, which puts a dark check on the centre. */
    private static void flag(Graphics2D g, double x, double y, double size) {
        g.setColor(POLE);
        g.setStroke(new BasicStroke((float) (size * 0.04), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Line2D.Double(x + size * 0.25, y + size * 0.15, x + size * 0.25, y + size * 0.9));
        double left = x + size * 0.27;
        double top = y + size * 0.2;
        double w = size * 0.53 / 4;
        double h = size * 0.42 / 3;
        g.setColor(Color.WHITE);
        g.fill(new Rectangle2D.Double(left, top, 4 * w, 3 * h));
        g.setColor(FLAG_DARK);
        g.setStroke(new BasicStroke((float) (size * 0.01)));
        g.draw(new Rectangle2D.Double(left, top, 4 * w, 3 * h));
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 4; col++) {
                if ((row + col) % 2 == 1) {
                    g.fill(new Rectangle2D.Double(left + col * w, top + row * h, w, h));
                }
            }
        }
    }
}
