package org.puzzlelens.puzzles.render;

import java.awt.Point;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.DirectColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import org.puzzlelens.puzzles.core.PuzzleType;

/**
 * One thread's pixel buffer, reused for every image it renders, encodes and drops (suite generation,
 * the bench). At the released sizes a fresh image is up to 40 MB, and allocating it (zeroing, and the
 * kernel mapping fresh pages) cost about a fifth of an instance's CPU (docs/PERFORMANCE.md). The buffer
 * grows to the largest image asked for and is never shrunk. Reuse is correct because {@link Images#paint}
 * paints every pixel (checked for every type by {@code ReusableCanvasTest}).
 *
 * <p>Not thread-safe, and each {@link #render} overwrites the pixels of the image the previous call
 * returned: a caller that keeps an image, or hands it on, uses {@link Images#render} instead.
 */
public final class ReusableCanvas {
    private static final DirectColorModel INT_RGB = new DirectColorModel(24, 0xff0000, 0xff00, 0xff);

    private int[] pixels = new int[0];

    /** Renders as {@link Images#render} does, into this canvas's buffer; valid until the next call. */
    public <S extends Record> BufferedImage render(PuzzleType<S> type, Object state, int longSide) {
        return Images.render(type, state, longSide, this::image);
    }

    /** An int-RGB image of exactly this size over the first {@code width * height} ints of the buffer. */
    BufferedImage image(int width, int height) {
        int needed = Math.multiplyExact(width, height);
        if (pixels.length < needed) {
            pixels = new int[needed];
        }
        WritableRaster raster = Raster.createPackedRaster(
                new DataBufferInt(pixels, pixels.length), width, height, width, INT_RGB.getMasks(), new Point());
        return new BufferedImage(INT_RGB, raster, false, null);
    }
}
