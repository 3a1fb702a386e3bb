package org.puzzlelens.puzzles.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * Reads drawn text (or any small drawing) back by template matching: each candidate is drawn the way
 * the renderer drew it into a template of one pixel box of the image, and the candidate whose
 * template differs least from the image in that box wins. Independent evidence as long as the
 * candidates are drawn from the renderer's layout, not read from the state.
 */
public final class TemplateMatch {
    private TemplateMatch() {}

    /** What a template holds before the candidate is drawn on it. */
    public enum Background {
        WHITE,
        /** The image's own pixels in the box, for labels drawn over something other than white. */
        IMAGE
    }

    /**
     * The candidate whose template differs least from {@code image} inside {@code box} (image pixels):
     * {@code draw} paints a candidate in canvas units (the template is set up at {@code scale}, with
     * the canvas origin where the image has it), and the difference sums |value(image) - value(template)|
     * over every second pixel of every second row. The first of equally good candidates wins.
     */
    public static <T> T best(
            BufferedImage image,
            double scale,
            Rectangle box,
            Background background,
            IntUnaryOperator value,
            List<T> candidates,
            BiConsumer<Graphics2D, T> draw) {
        T best = null;
        long bestDiff = Long.MAX_VALUE;
        for (T candidate : candidates) {
            BufferedImage template = template(image, scale, box, background, g -> draw.accept(g, candidate));
            long diff = 0;
            for (int y = 0; y < box.height; y += 2) {
                for (int x = 0; x < box.width; x += 2) {
                    diff += Math.abs(value.applyAsInt(image.getRGB(box.x + x, box.y + y))
                            - value.applyAsInt(template.getRGB(x, y)));
                }
            }
            if (diff < bestDiff) {
                bestDiff = diff;
                best = candidate;
            }
        }
        return best;
    }

    private static BufferedImage template(
            BufferedImage image, double scale, Rectangle box, Background background, Consumer<Graphics2D> draw) {
        BufferedImage t = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = t.createGraphics();
        if (background == Background.IMAGE) {
            g.drawImage(image.getSubimage(box.x, box.y, box.width, box.height), 0, 0, null);
        } else {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, box.width, box.height);
        }
        // the text hints of Images.render, so that glyphs land on the same pixels
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.translate(-box.x, -box.y);
        g.scale(scale, scale);
        g.setColor(Color.BLACK);
        draw.accept(g);
        g.dispose();
        return t;
    }

    /** The blue channel: enough for black text on white. */
    public static int blue(int rgb) {
        return rgb & 0xff;
    }

    /** Summed channels: black text shows against any background colour, even in a channel the colour lacks. */
    public static int brightness(int rgb) {
        return (rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff);
    }
}
