package org.puzzlelens.train.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.render.Images;

/** Puzzle images as the model's input: rendered, centred on a white square, RGB in [0, 1], channels first. */
public final class PuzzleImages {
    private PuzzleImages() {}

    public static float[] pixels(PuzzleInstance instance, int size) {
        return pixels(Images.render(instance.type(), instance.state(), size), size);
    }

    /** Scales any image to fit a {@code size} square (aspect kept, white margins) and returns [3, size, size]. */
    public static float[] pixels(BufferedImage image, int size) {
        BufferedImage square = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = square.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            double scale = Math.min((double) size / image.getWidth(), (double) size / image.getHeight());
            int w = (int) Math.round(image.getWidth() * scale);
            int h = (int) Math.round(image.getHeight() * scale);
            g.drawImage(image, (size - w) / 2, (size - h) / 2, w, h, null);
        } finally {
            g.dispose();
        }
        float[] out = new float[3 * size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rgb = square.getRGB(x, y);
                int at = y * size + x;
                out[at] = ((rgb >> 16) & 0xFF) / 255f;
                out[size * size + at] = ((rgb >> 8) & 0xFF) / 255f;
                out[2 * size * size + at] = (rgb & 0xFF) / 255f;
            }
        }
        return out;
    }
}
