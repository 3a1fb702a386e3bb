package org.puzzlelens.puzzles.algo.colourhue;

import java.awt.Color;

/** One tile colour, 0..255 per channel. */
public record Rgb(int red, int green, int blue) {
    public Rgb {
        if ((red | green | blue) < 0 || Math.max(red, Math.max(green, blue)) > 255) {
            throw new IllegalArgumentException("colour channels are 0..255: " + red + "," + green + "," + blue);
        }
    }

    Color color() {
        return new Color(red, green, blue);
    }

    /** {@code r,g,b}, as facts and descriptions write it. */
    String text() {
        return red + "," + green + "," + blue;
    }
}
