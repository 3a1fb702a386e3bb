package org.puzzlelens.puzzles.core;

import java.util.Locale;

/** Difficulty presets: the released parameter ranges, and wider ranges on either side. */
public enum Preset {
    EASY,
    ALGOPUZZLEVQA,
    HARD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Preset parse(String text) {
        for (Preset p : values()) {
            if (p.id().equalsIgnoreCase(text.trim())) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown preset '" + text + "': use one of easy, algopuzzlevqa, hard");
    }
}
