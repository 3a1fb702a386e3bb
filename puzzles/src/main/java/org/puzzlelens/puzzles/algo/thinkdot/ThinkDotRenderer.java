package org.puzzlelens.puzzles.algo.thinkdot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Disc;
import org.puzzlelens.puzzles.core.Canvas;

/**
 * The toy as released: three green arrows over the holes, a pink board, red walls between the
 * discs, each disc a tipping mechanism with its coloured face on top, two steel balls at the exits.
 */
final class ThinkDotRenderer {
    static final Canvas CANVAS = new Canvas(930, 965);
    static final List<Double> ROW_Y = List.of(220.0, 435.0, 650.0);
    static final List<Double> OUTER_X = List.of(250.0, 465.0, 680.0);
    static final List<Double> MIDDLE_X = List.of(357.5, 572.5);
    /** The coloured face sits this far above the disc's centre. */
    static final double FACE_RISE = 35;

    static final double FACE_RADIUS = 30;
    static final Color BLUE = new Color(67, 151, 247);
    static final Color YELLOW = new Color(255, 214, 10);
    private static final Color BOARD = new Color(247, 183, 181);
    private static final Color WALL = new Color(183, 33, 19);
    private static final Color ARROW = new Color(67, 149, 42);
    private static final Color FAN = new Color(150, 130, 185);
    private static final Color FLAP = new Color(242, 159, 89);
    private static final Color LEVER = new Color(107, 46, 45);
    private static final double HALF_CELL = 107.5;
    /** Which side each disc's flap hangs on when it shows blue (released layout); yellow mirrors it. */
    private static final List<List<Boolean>> FLAP_LEFT_WHEN_BLUE =
            List.of(List.of(true, false, true), List.of(false, false), List.of(true, false, true));

    private ThinkDotRenderer() {}

    static Point2D centre(int row, int col) {
        double x = row == ThinkDotSolver.MIDDLE ? MIDDLE_X.get(col) : OUTER_X.get(col);
        return new Point2D.Double(x, ROW_Y.get(row));
    }

    static Color colour(Disc d) {
        return d == Disc.BLUE ? BLUE : YELLOW;
    }

    static void draw(ThinkDotState s, Graphics2D g) {
        g.setColor(BOARD);
        g.fill(new RoundRectangle2D.Double(125, 140, 680, 790, 60, 60));
        for (double x : OUTER_X) {
            arrow(g, x);
        }
        walls(g);
        for (int r = 0; r < s.discs().size(); r++) {
            for (int c = 0; c < s.discs().get(r).size(); c++) {
                Disc d = s.discs().get(r).get(c);
                boolean flapLeft = FLAP_LEFT_WHEN_BLUE.get(r).get(c) == (d == Disc.BLUE);
                disc(g, centre(r, c), colour(d), flapLeft);
            }
        }
        floorAndBalls(g);
    }

    private static void arrow(Graphics2D g, double x) {
        double y = 72;
        g.setColor(new Color(236, 236, 236));
        g.fill(new Ellipse2D.Double(x - 62, y - 62, 124, 124));
        g.setColor(new Color(190, 190, 190));
        g.setStroke(new BasicStroke(3));
        g.draw(new Ellipse2D.Double(x - 62, y - 62, 124, 124));
        g.setColor(ARROW);
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        g.draw(new Line2D.Double(x, y - 55, x, y + 40));
        Path2D head = new Path2D.Double();
        head.moveTo(x - 45, y + 5);
        head.lineTo(x, y + 52);
        head.lineTo(x + 45, y + 5);
        g.draw(head);
    }

    private static void walls(Graphics2D g) {
        g.setColor(WALL);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int r = 0; r < ROW_Y.size(); r++) {
            double y = ROW_Y.get(r);
            List<Double> xs = r == ThinkDotSolver.MIDDLE
                    ? OUTER_X
                    : List.of(
                            OUTER_X.get(0) - HALF_CELL,
                            OUTER_X.get(0) + HALF_CELL,
                            OUTER_X.get(1) + HALF_CELL,
                            OUTER_X.get(2) + HALF_CELL);
            for (double x : xs) {
                g.draw(new Line2D.Double(x, y - 85, x, y + 80));
            }
        }
    }

    private static void disc(Graphics2D g, Point2D c, Color face, boolean flapLeft) {
        double x = c.getX();
        double pivotY = c.getY() + 30;
        double r = 100;
        g.setColor(FAN);
        g.fill(new Arc2D.Double(x - r, pivotY - r, 2 * r, 2 * r, 40, 100, Arc2D.PIE));
        g.setColor(FLAP);
        double start = flapLeft ? 150 : -80;
        g.fill(new Arc2D.Double(x - 95, pivotY - 95, 190, 190, start, 110, Arc2D.PIE));
        g.setColor(LEVER);
        g.setStroke(new BasicStroke(1.5f));
        g.draw(new Arc2D.Double(x - r, pivotY - r, 2 * r, 2 * r, 40, 100, Arc2D.PIE));
        g.draw(new Arc2D.Double(x - 95, pivotY - 95, 190, 190, start, 110, Arc2D.PIE));
        g.setColor(face);
        double fy = c.getY() - FACE_RISE;
        g.fill(new Ellipse2D.Double(x - FACE_RADIUS, fy - FACE_RADIUS, 2 * FACE_RADIUS, 2 * FACE_RADIUS));
        g.setColor(LEVER);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double dx = flapLeft ? 70 : -70;
        g.draw(new Line2D.Double(x - dx, pivotY - 70, x + dx, pivotY + 70));
        g.setColor(BOARD);
        g.fill(new Ellipse2D.Double(x - 15, pivotY - 15, 30, 30));
        g.setColor(LEVER);
        g.setStroke(new BasicStroke(5));
        g.draw(new Ellipse2D.Double(x - 15, pivotY - 15, 30, 30));
    }

    private static void floorAndBalls(Graphics2D g) {
        g.setColor(WALL);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D floor = new Path2D.Double();
        floor.moveTo(45, 915);
        floor.lineTo(45, 945);
        floor.lineTo(465, 890);
        floor.lineTo(885, 945);
        floor.lineTo(885, 915);
        g.draw(floor);
        for (double x : List.of(75.0, 855.0)) {
            g.setColor(new Color(90, 90, 90));
            g.fill(new Ellipse2D.Double(x - 40, 870, 80, 80));
            g.setColor(new Color(215, 215, 215));
            g.fill(new Ellipse2D.Double(x - 22, 880, 30, 30));
        }
    }
}
