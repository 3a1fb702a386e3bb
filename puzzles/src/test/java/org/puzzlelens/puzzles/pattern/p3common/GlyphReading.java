package org.puzzlelens.puzzles.pattern.p3common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * Reads a short label (a number or the question mark) by template matching: each candidate is drawn
 * with the bundled font at the same place and scale, and the one whose dark pixels best match the
 * image's wins.
 */
public final class GlyphReading {
    private GlyphReading() {
    }

    public static String read(BufferedImage image, double scale, double cx, double cy, double fontSize,
            List<String> candidates) {
        int half = (int) Math.ceil(fontSize * 0.75 * scale);
        int x0 = (int) Math.round(cx * scale) - half;
        int y0 = (int) Math.round(cy * scale) - half;
        boolean[] seen = dark(image, x0, y0, 2 * half);
        String best = null;
        int bestMismatch = Integer.MAX_VALUE;
        for (String text : candidates) {
            BufferedImage t = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = t.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, t.getWidth(), t.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.scale(scale, scale);
            g.setColor(Color.BLACK);
            Draw.centred(g, text, Fonts.sans(fontSize), cx, cy);
            g.dispose();
            boolean[] want = dark(t, x0, y0, 2 * half);
            int mismatch = 0;
            for (int i = 0; i < want.length; i++) {
                mismatch += want[i] == seen[i] ? 0 : 1;
            }
            if (mismatch < bestMismatch) {
                bestMismatch = mismatch;
                best = text;
            }
        }
        return best;
    }

    private static boolean[] dark(BufferedImage img, int x0, int y0, int size) {
        boolean[] out = new boolean[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int px = Math.min(img.getWidth() - 1, Math.max(0, x0 + x));
                int py = Math.min(img.getHeight() - 1, Math.max(0, y0 + y));
                Color c = new Color(img.getRGB(px, py));
                out[y * size + x] = c.getRed() + c.getGreen() + c.getBlue() < 3 * 110;
            }
        }
        return out;
    }
}
