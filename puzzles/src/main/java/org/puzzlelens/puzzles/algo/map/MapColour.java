package org.puzzlelens.puzzles.algo.map;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The four map colours as released (RGB read from the released images) and white for "not yet coloured". */
public enum MapColour {
    RED(new Color(255, 77, 77)),
    GREEN(new Color(0, 153, 0)),
    BLUE(new Color(0, 179, 255)),
    YELLOW(new Color(255, 204, 25)),
    WHITE(Color.WHITE);

    static final List<MapColour> PAINTS = List.of(RED, GREEN, BLUE, YELLOW);

    final Color rgb;

    MapColour(Color rgb) {
        this.rgb = rgb;
    }

    String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** {@code Red}, as the released {@code known_colours} write it. */
    String released() {
        return name().charAt(0) + word().substring(1);
    }

    static Optional<MapColour> parse(String text) {
        for (MapColour c : values()) {
            if (c.word().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
