package org.puzzlelens.puzzles.pattern.common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** The released PuzzleVQA look: 512 x 512, flat fills with thin black outlines, dark labels. */
public final class PatternDraw {
    public static final Canvas CANVAS = new Canvas(512, 512);
    /** Width of the thin outlines most types draw. */
    public static final float OUTLINE = 2f;

    public static final double QUESTION_SIZE = 46;
    /** The near-black of the labels of the shape-row types (rectangles, polygons, circles, squares). */
    public static final Color SOFT_BLACK = new Color(0x1A1A1A);

    private PatternDraw() {}

    /** A filled shape with a thin black outline. */
    public static void filled(Graphics2D g, java.awt.Shape shape, Color fill) {
        filled(g, shape, fill, OUTLINE);
    }

    /** A filled shape with a black outline {@code width} wide. */
    public static void filled(Graphics2D g, java.awt.Shape shape, Color fill, double width) {
        filled(g, shape, fill, Color.BLACK, width);
    }

    public static void filled(Graphics2D g, java.awt.Shape shape, Color fill, Color outline, double width) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(outline);
        g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER));
        g.draw(shape);
    }

    /** A rounded square cell centred at (cx, cy), as in the released number grids. */
    public static java.awt.Shape cell(double cx, double cy, double size, double arc) {
        return new RoundRectangle2D.Double(cx - size / 2, cy - size / 2, size, size, arc, arc);
    }

    public static Ellipse2D circle(double cx, double cy, double r) {
        return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
    }

    /** A black label centred at (cx, cy); null is the unknown part, labelled {@code ?}. */
    public static void label(Graphics2D g, Object value, double cx, double cy, double size) {
        label(g, Color.BLACK, value, cx, cy, size);
    }

    public static void label(Graphics2D g, Color ink, Object value, double cx, double cy, double size) {
        g.setColor(ink);
        Draw.centred(g, text(value), Fonts.sans(size), cx, cy);
    }

    public static void questionMark(Graphics2D g, double cx, double cy) {
        label(g, null, cx, cy, QUESTION_SIZE);
    }

    public static String text(Object value) {
        return value == null ? PyList.MISSING : value.toString();
    }
}
