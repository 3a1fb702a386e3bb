package org.puzzlelens.puzzles.testing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import org.puzzlelens.puzzles.core.Canvas;

/** Reads pixels of a rendered image at canvas (logical) coordinates. */
public record Pixels(BufferedImage image, double scale) {
    public static Pixels of(BufferedImage image, Canvas canvas) {
        return new Pixels(image, canvas.scale(Math.max(image.getWidth(), image.getHeight())));
    }

    public Color at(double x, double y) {
        int px = (int) Math.min(image.getWidth() - 1, Math.max(0, Math.floor(x * scale)));
        int py = (int) Math.min(image.getHeight() - 1, Math.max(0, Math.floor(y * scale)));
        return new Color(image.getRGB(px, py));
    }

    /** Squared RGB distance, for "which of these colours is it" decisions. */
    public static int distance(Color a, Color b) {
        int dr = a.getRed() - b.getRed();
        int dg = a.getGreen() - b.getGreen();
        int db = a.getBlue() - b.getBlue();
        return dr * dr + dg * dg + db * db;
    }

    /** The index of the palette colour nearest to {@code seen}, the first of equally near ones. */
    public static int nearest(Color seen, List<Color> palette) {
        int best = 0;
        for (int k = 1; k < palette.size(); k++) {
            if (distance(seen, palette.get(k)) < distance(seen, palette.get(best))) {
                best = k;
            }
        }
        return best;
    }

    public boolean near(double x, double y, Color expected, int tolerance) {
        return distance(at(x, y), expected) <= tolerance * tolerance;
    }
}
