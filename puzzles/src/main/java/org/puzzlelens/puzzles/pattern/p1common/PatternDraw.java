package org.puzzlelens.puzzles.pattern.p1common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** The released PuzzleVQA look: 512 x 512, flat fills with thin black outlines, black labels. */
public final class PatternDraw {
    public static final Canvas CANVAS = new Canvas(512, 512);
    public static final float OUTLINE = 2f;

    private PatternDraw() {
    }

    /** A filled shape with a black outline. */
    public static void outlined(Graphics2D g, Shape shape, Color fill) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(OUTLINE));
        g.draw(shape);
    }

    /** A rounded square cell centred at (cx, cy), as in the released number grids. */
    public static Shape cell(double cx, double cy, double size, double arc) {
        return new RoundRectangle2D.Double(cx - size / 2, cy - size / 2, size, size, arc, arc);
    }

    public static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** A black label centred at (cx, cy); the unknown part is labelled {@code ?}. */
    public static void label(Graphics2D g, Object value, double cx, double cy, double size) {
        g.setColor(Color.BLACK);
        Draw.centred(g, text(value), Fonts.sans(size), cx, cy);
    }

    public static String text(Object value) {
        return value == null ? "?" : value.toString();
    }
}
