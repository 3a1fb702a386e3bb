package org.puzzlelens.puzzles.core;

/**
 * The logical drawing area of a puzzle image. Renderers draw in these units; the image is scaled so
 * that its longer side has the requested pixel size, which keeps lines crisp at any size.
 */
public record Canvas(double width, double height) {
    public Canvas {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("canvas must have a positive size");
        }
    }

    /** Pixels per logical unit when the longer side is {@code longSide} pixels. */
    public double scale(int longSide) {
        return longSide / Math.max(width, height);
    }

    public int pixelWidth(int longSide) {
        return (int) Math.round(width * scale(longSide));
    }

    public int pixelHeight(int longSide) {
        return (int) Math.round(height * scale(longSide));
    }
}
