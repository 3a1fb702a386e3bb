package org.puzzlelens.puzzles.pattern.p1common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * Reads a label from rendered pixels by template matching: each candidate text is drawn alone with
 * the same font and transform into a box, and the candidate whose ink best matches the image's ink
 * in that box wins. The box must hold only the label and a flat background.
 */
public final class TextReader {
    private final BufferedImage image;
    private final double scale;

    public TextReader(BufferedImage image, Canvas canvas) {
        this.image = image;
        this.scale = canvas.scale(Math.max(image.getWidth(), image.getHeight()));
    }

    /** The candidate that best matches the label centred at (cx, cy) within a box of half-size (hw, hh). */
    public String read(double cx, double cy, double hw, double hh, double fontSize, List<String> candidates) {
        int x0 = (int) Math.floor((cx - hw) * scale);
        int y0 = (int) Math.floor((cy - hh) * scale);
        int w = (int) Math.ceil(2 * hw * scale);
        int h = (int) Math.ceil(2 * hh * scale);
        boolean[] seen = ink(image, x0, y0, w, h);
        String best = null;
        int bestMismatch = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            boolean[] drawn = ink(template(candidate, cx, cy, fontSize, x0, y0, w, h), 0, 0, w, h);
            int mismatch = 0;
            for (int i = 0; i < seen.length; i++) {
                mismatch += seen[i] != drawn[i] ? 1 : 0;
            }
            if (mismatch < bestMismatch) {
                bestMismatch = mismatch;
                best = candidate;
            }
        }
        return best;
    }

    private BufferedImage template(String text, double cx, double cy, double fontSize, int x0, int y0, int w, int h) {
        BufferedImage t = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = t.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.translate(-x0, -y0);
        g.scale(scale, scale);
        g.setColor(Color.BLACK);
        Draw.centred(g, text, Fonts.sans(fontSize), cx, cy);
        g.dispose();
        return t;
    }

    private static boolean[] ink(BufferedImage img, int x0, int y0, int w, int h) {
        boolean[] out = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int px = Math.min(img.getWidth() - 1, Math.max(0, x0 + x));
                int py = Math.min(img.getHeight() - 1, Math.max(0, y0 + y));
                Color c = new Color(img.getRGB(px, py));
                out[y * w + x] = c.getRed() + c.getGreen() + c.getBlue() < 3 * 90;
            }
        }
        return out;
    }

    /** {@code ?} and the numbers {@code from..to} as text. */
    public static List<String> numbersAndGap(int from, int to) {
        List<String> out = new java.util.ArrayList<>();
        out.add("?");
        for (int n = from; n <= to; n++) {
            out.add(Integer.toString(n));
        }
        return out;
    }
}
