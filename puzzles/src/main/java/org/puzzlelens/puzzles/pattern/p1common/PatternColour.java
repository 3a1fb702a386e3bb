package org.puzzlelens.puzzles.pattern.p1common;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The six colours of the released PuzzleVQA images (a spreadsheet palette): a strong shade for
 * plain colour patterns and a light shade where black numbers are written on the colour.
 */
public enum PatternColour {
    RED(0xE06666, 0xEA9999),
    ORANGE(0xF6B26B, 0xF9CB9C),
    YELLOW(0xFFD966, 0xFFE599),
    GREEN(0x93C47D, 0xB6D7A8),
    BLUE(0x6FA8DC, 0x9FC5E8),
    PURPLE(0x8E7CC3, 0xB4A7D6);

    /** Fill of a part whose colour is the question. */
    public static final Color MISSING = new Color(0xEEEEEE);
    /** Fill of the number patterns (triangle, grid, venn). */
    public static final Color PALE_BLUE = new Color(0xCFE2F3);

    private final Color strong;
    private final Color light;

    PatternColour(int strong, int light) {
        this.strong = new Color(strong);
        this.light = new Color(light);
    }

    public Color strong() {
        return strong;
    }

    public Color light() {
        return light;
    }

    /** The colour's name as the captions and answers write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> words() {
        return Arrays.stream(values()).map(PatternColour::word).toList();
    }

    /** @throws IllegalArgumentException for a word that names none of the six colours */
    public static PatternColour parse(String word) {
        for (PatternColour c : values()) {
            if (c.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return c;
            }
        }
        throw new IllegalArgumentException("not a pattern colour: '" + word + "' (use " + words() + ")");
    }
}
