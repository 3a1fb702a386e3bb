package org.puzzlelens.puzzles.pattern.p3common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** The look shared by the released pattern images: filled shapes with a thin black outline, dark text. */
public final class Marks {
    public static final Color INK = Color.BLACK;
    public static final Color TEXT = new Color(0x1A1A1A);
    public static final float OUTLINE = 2f;

    private Marks() {
    }

    public static void filled(Graphics2D g, Shape shape, Color fill) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(INK);
        g.setStroke(new BasicStroke(OUTLINE, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER));
        g.draw(shape);
    }

    /** A label (a number or the question mark) centred at a point. */
    public static void label(Graphics2D g, String text, double size, double cx, double cy) {
        g.setColor(TEXT);
        Draw.centred(g, text, Fonts.sans(size), cx, cy);
    }
}
