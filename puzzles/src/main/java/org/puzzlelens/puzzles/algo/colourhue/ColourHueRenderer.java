package org.puzzlelens.puzzles.algo.colourhue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.function.IntFunction;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** Two square boards of edge-to-edge tiles, shuffled (A) left and ideal (B) right, labelled below, as released. */
final class ColourHueRenderer {
    static final Canvas CANVAS = new Canvas(2860, 1400);
    static final double BOARD = 1020;
    static final double TOP = 120;
    static final double LEFT_A = 176;
    static final double LEFT_B = 1664;
    static final double LABEL_Y = 1265;

    private ColourHueRenderer() {}

    static void draw(ColourHueState s, Graphics2D g) {
        board(s, g, LEFT_A, s::shuffled);
        board(s, g, LEFT_B, s.ideal()::get);
        g.setColor(Color.BLACK);
        Draw.centred(g, "(A)", Fonts.sans(72), LEFT_A + BOARD / 2, LABEL_Y);
        Draw.centred(g, "(B)", Fonts.sans(72), LEFT_B + BOARD / 2, LABEL_Y);
    }

    private static void board(ColourHueState s, Graphics2D g, double left, IntFunction<Rgb> colourAt) {
        double w = BOARD / s.columns();
        double h = BOARD / s.rows();
        for (int i = 0; i < s.size(); i++) {
            g.setColor(colourAt.apply(i).color());
            // each tile runs to the board's far corner and later tiles paint over it, so antialiased
            // edges blend neighbouring tiles instead of showing white seams
            double x = left + (i % s.columns()) * w;
            double y = TOP + (i / s.columns()) * h;
            g.fill(new Rectangle2D.Double(x, y, left + BOARD - x, TOP + BOARD - y));
        }
    }

    /** Centre of tile {@code index} of the board whose left edge is {@code left}. */
    static double[] tileCentre(ColourHueState s, double left, int index) {
        double w = BOARD / s.columns();
        double h = BOARD / s.rows();
        return new double[] {left + (index % s.columns() + 0.5) * w, TOP + (index / s.columns() + 0.5) * h};
    }
}
