package org.puzzlelens.puzzles.pattern.p2common;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** Drawing as the released PuzzleVQA images do: flat pastel fills, dark outlines, a black question mark. */
public final class PatternDraw {
    public static final Color OUTLINE = Color.BLACK;
    public static final double QUESTION_SIZE = 46;

    private PatternDraw() {
    }

    public static void filled(Graphics2D g, java.awt.Shape shape, Color fill, Color outline, double stroke) {
        g.setColor(fill);
        g.fill(shape);
        g.setColor(outline);
        g.setStroke(new BasicStroke((float) stroke, BasicStroke.CAP_ROUND, BasicStroke.JOIN_MITER));
        g.draw(shape);
    }

    public static void questionMark(Graphics2D g, double cx, double cy) {
        questionMark(g, cx, cy, QUESTION_SIZE);
    }

    public static void questionMark(Graphics2D g, double cx, double cy, double size) {
        g.setColor(Color.BLACK);
        Draw.centred(g, PyList.MISSING, Fonts.sans(size), cx, cy);
    }
}
