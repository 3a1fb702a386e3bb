package org.puzzlelens.puzzles.algo.rubikscube;

import java.awt.Color;
import java.util.Locale;

/** The six sticker colours of the released cubes, with their released RGB values. */
public enum CubeColour {
    GREY(200, 200, 200),
    YELLOW(255, 255, 0),
    GREEN(0, 150, 0),
    BLUE(0, 127, 255),
    ORANGE(255, 143, 50),
    RED(255, 0, 0);

    final Color rgb;

    CubeColour(int r, int g, int b) {
        this.rgb = new Color(r, g, b);
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    static CubeColour of(String word) {
        String w = word.trim().toUpperCase(Locale.ROOT);
        return valueOf(w.equals("GRAY") ? "GREY" : w);
    }
}
