package org.puzzlelens.puzzles.render;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;

/** Small drawing helpers shared by renderers. */
public final class Draw {
    private Draw() {}

    /** Draws text centred (horizontally and on its visual bounds vertically) at (cx, cy). */
    public static void centred(Graphics2D g, String text, Font font, double cx, double cy) {
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        Rectangle2D b = layout.getBounds();
        layout.draw(g, (float) (cx - b.getX() - b.getWidth() / 2), (float) (cy - b.getY() - b.getHeight() / 2));
    }

    /** Draws text with its left edge at x and its visual centre at cy. */
    public static void leftAligned(Graphics2D g, String text, Font font, double x, double cy) {
        FontRenderContext frc = g.getFontRenderContext();
        TextLayout layout = new TextLayout(text, font, frc);
        Rectangle2D b = layout.getBounds();
        layout.draw(g, (float) (x - b.getX()), (float) (cy - b.getY() - b.getHeight() / 2));
    }
}
