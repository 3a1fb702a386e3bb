package org.puzzlelens.puzzles.pattern.common;

import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The six colours of the released PuzzleVQA images (a spreadsheet palette), each in four shades from
 * lightest to darkest: light 3 (pale fills), light 2 (where black numbers are written on the colour),
 * light 1 (the strong colour of plain colour patterns) and dark 1. Also the grey of a missing part and
 * paint mixing of the three primaries.
 */
public enum PatternColour {
    RED(0xF4CCCC, 0xEA9999, 0xE06666, 0xCC0000),
    ORANGE(0xFCE5CD, 0xF9CB9C, 0xF6B26B, 0xE69138),
    YELLOW(0xFFF2CC, 0xFFE599, 0xFFD966, 0xF1C232),
    GREEN(0xD9EAD3, 0xB6D7A8, 0x93C47D, 0x6AA84F),
    BLUE(0xCFE2F3, 0x9FC5E8, 0x6FA8DC, 0x3D85C6),
    PURPLE(0xD9D2E9, 0xB4A7D6, 0x8E7CC3, 0x674EA7);

    /** Fill of a part whose colour is the question. */
    public static final Color MISSING = new Color(0xEEEEEE);

    public static final int SHADES = 4;
    private static final List<String> WORDS =
            Arrays.stream(values()).map(PatternColour::word).toList();
    public static final List<String> PRIMARIES = List.of(RED.word(), YELLOW.word(), BLUE.word());

    private final List<Color> shades;

    PatternColour(int... rgb) {
        this.shades = Arrays.stream(rgb).mapToObj(Color::new).toList();
    }

    /** Shade {@code level}, 0 the lightest to {@link #SHADES}-1 the darkest. */
    public Color shade(int level) {
        if (level < 0 || level >= SHADES) {
            throw new IllegalArgumentException("no shade " + level + " of colour '" + word() + "'");
        }
        return shades.get(level);
    }

    public Color pale() {
        return shades.get(0);
    }

    public Color light() {
        return shades.get(1);
    }

    public Color strong() {
        return shades.get(2);
    }

    /** The colour's name as the captions and answers write it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static List<String> words() {
        return WORDS;
    }

    /** How a part named by its caption word is painted: its strong shade, or the grey for {@code ?}. */
    public static Color fill(String word) {
        return word.equals(PyList.MISSING) ? MISSING : parse(word).strong();
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

    public static void requireWord(String word, String what) {
        if (!WORDS.contains(word)) {
            throw new IllegalArgumentException(what + " must be one of " + WORDS + ", not '" + word + "'");
        }
    }

    /** What two different primaries mix to (red + yellow = orange...); empty for any other pair. */
    public static Optional<String> mix(String a, String b) {
        if (a.equals(b) || !PRIMARIES.contains(a) || !PRIMARIES.contains(b)) {
            return Optional.empty();
        }
        boolean red = a.equals(RED.word()) || b.equals(RED.word());
        boolean yellow = a.equals(YELLOW.word()) || b.equals(YELLOW.word());
        return Optional.of(red && yellow ? ORANGE.word() : red ? PURPLE.word() : GREEN.word());
    }
}
