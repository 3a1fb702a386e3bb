package org.puzzlelens.puzzles.algo.checkermove;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * As released: the starting row under its title, a dotted grey line, the ending row with its title
 * underneath; grey-edged squares, green and red discs.
 */
final class CheckerMoveRenderer {
    static final double CELL = 100;
    static final double MARGIN = 20;
    static final double TITLE = 90;
    static final double GAP = 100;
    static final Color GREEN = new Color(0, 128, 0);
    static final Color RED = new Color(255, 0, 0);
    private static final Color EDGE = new Color(128, 128, 128);

    private CheckerMoveRenderer() {}

    static Canvas canvas(CheckerMoveState s) {
        return new Canvas(s.squares() * CELL + 2 * MARGIN, 2 * (TITLE + CELL) + GAP);
    }

    static double squareCentreX(int square) {
        return MARGIN + (square + 0.5) * CELL;
    }

    /** The y of the centre of the start row (false) or the end row (true). */
    static double rowCentreY(boolean endRow) {
        return TITLE + CELL / 2 + (endRow ? CELL + GAP : 0);
    }

    static void draw(CheckerMoveState s, Graphics2D g) {
        row(g, s.start(), rowCentreY(false));
        row(g, s.end(), rowCentreY(true));
        g.setColor(EDGE);
        g.setStroke(new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {3, 6}, 0));
        double split = TITLE + CELL + GAP / 2;
        g.draw(new Line2D.Double(0, split, canvas(s).width(), split));
        g.setColor(Color.BLACK);
        Draw.centred(g, "Starting Configuration", Fonts.sans(30), canvas(s).width() / 2, TITLE / 2);
        Draw.centred(
                g,
                "Ending Configuration",
                Fonts.sans(30),
                canvas(s).width() / 2,
                rowCentreY(true) + CELL / 2 + TITLE / 2);
    }

    private static void row(Graphics2D g, String row, double cy) {
        for (int i = 0; i < row.length(); i++) {
            double cx = squareCentreX(i);
            char ch = row.charAt(i);
            if (ch != '_') {
                g.setColor(ch == 'G' ? GREEN : RED);
                double r = CELL * 0.41;
                g.fill(new Ellipse2D.Double(cx - r, cy - r * 1.04, 2 * r, 2 * r * 1.04));
            }
            g.setColor(EDGE);
            g.setStroke(new BasicStroke(2));
            g.draw(new Rectangle2D.Double(cx - CELL / 2, cy - CELL / 2, CELL, CELL));
        }
    }
}
