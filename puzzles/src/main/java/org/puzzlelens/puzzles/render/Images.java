package org.puzzlelens.puzzles.render;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.PuzzleType;

/** Renders a state to pixels and encodes PNG ({@link ImageFormat} for the formats a suite can be written in). */
public final class Images {
    public static final int DEFAULT_SIZE = 512;
    public static final int MIN_SIZE = 64;
    public static final int MAX_SIZE = 4096;

    private Images() {}

    /** Renders with the longer side {@code longSide} pixels, into a new image the caller owns. */
    public static <S extends Record> BufferedImage render(PuzzleType<S> type, Object state, int longSide) {
        return render(
                type, state, longSide, (width, height) -> new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB));
    }

    /** Where an image of a given size comes from: a new one, or a reused buffer ({@link ReusableCanvas}). */
    interface Blank {
        BufferedImage of(int width, int height);
    }

    /** Renders into an int-RGB image of the needed size from {@code blank}, whose old pixels are all painted over. */
    static <S extends Record> BufferedImage render(PuzzleType<S> type, Object state, int longSide, Blank blank) {
        checkSize(longSide);
        S s = type.stateType().cast(state);
        Canvas canvas = type.canvas(s);
        BufferedImage image = blank.of(canvas.pixelWidth(longSide), canvas.pixelHeight(longSide));
        paint(type, s, canvas.scale(longSide), image);
        return image;
    }

    /**
     * Paints every pixel of {@code image}: the white background first, so that a reused buffer's old
     * pixels never show through ({@link ReusableCanvas}), then the state scaled by {@code scale}.
     */
    private static <S extends Record> void paint(PuzzleType<S> type, S state, double scale, BufferedImage image) {
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.scale(scale, scale);
            type.draw(state, g);
        } finally {
            g.dispose();
        }
    }

    /** Encodes lossless PNG, the default format of suites (see {@link ImageFormat.Png}). */
    public static byte[] png(BufferedImage image) {
        return ImageFormat.PNG.encode(image);
    }

    /** The image redrawn into a new buffer of the given {@code BufferedImage.TYPE_...}, for encoders that need one layout. */
    static BufferedImage copyAs(BufferedImage image, int type) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    public static void checkSize(int longSide) {
        if (longSide < MIN_SIZE || longSide > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "image size " + longSide + " px is out of range: use " + MIN_SIZE + ".." + MAX_SIZE);
        }
    }
}
