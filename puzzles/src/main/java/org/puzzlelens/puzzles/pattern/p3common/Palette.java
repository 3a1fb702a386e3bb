package org.puzzlelens.puzzles.pattern.p3common;

import java.awt.Color;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The six named colours of the released PuzzleVQA images (the spreadsheet palette's "light 1" row),
 * each with four shades from lightest to darkest, the grey of a missing part, and paint mixing of the
 * three primaries.
 */
public final class Palette {
    public static final List<String> NAMES = List.of("red", "orange", "yellow", "green", "blue", "purple");
    public static final List<String> PRIMARIES = List.of("red", "yellow", "blue");
    public static final Color MISSING = new Color(0xEEEEEE);
    public static final int SHADES = 4;

    // Per colour: light 3, light 2, light 1 (the base colour the released images use), dark 1.
    private static final Map<String, List<Color>> SHADE_TABLE = Map.of(
            "red", shades(0xF4CCCC, 0xEA9999, 0xE06666, 0xCC0000),
            "orange", shades(0xFCE5CD, 0xF9CB9C, 0xF6B26B, 0xE69138),
            "yellow", shades(0xFFF2CC, 0xFFE599, 0xFFD966, 0xF1C232),
            "green", shades(0xD9EAD3, 0xB6D7A8, 0x93C47D, 0x6AA84F),
            "blue", shades(0xCFE2F3, 0x9FC5E8, 0x6FA8DC, 0x3D85C6),
            "purple", shades(0xD9D2E9, 0xB4A7D6, 0x8E7CC3, 0x674EA7));
    private static final int BASE_SHADE = 2;

    private Palette() {
    }

    private static List<Color> shades(int... rgb) {
        return java.util.Arrays.stream(rgb).mapToObj(Color::new).toList();
    }

    public static boolean isName(String name) {
        return NAMES.contains(name);
    }

    /** The colour as the released images paint it. */
    public static Color colour(String name) {
        return shade(name, BASE_SHADE);
    }

    /** Shade {@code level} of a colour, 0 the lightest to {@link #SHADES}-1 the darkest. */
    public static Color shade(String name, int level) {
        List<Color> table = SHADE_TABLE.get(name);
        if (table == null || level < 0 || level >= SHADES) {
            throw new IllegalArgumentException("no shade " + level + " of colour '" + name + "'");
        }
        return table.get(level);
    }

    /** What two different primaries mix to (red + yellow = orange...); empty for any other pair. */
    public static Optional<String> mix(String a, String b) {
        if (a.equals(b) || !PRIMARIES.contains(a) || !PRIMARIES.contains(b)) {
            return Optional.empty();
        }
        boolean red = a.equals("red") || b.equals("red");
        boolean yellow = a.equals("yellow") || b.equals("yellow");
        return Optional.of(red && yellow ? "orange" : red ? "purple" : "green");
    }

    public static void requireName(String name, String what) {
        if (!isName(name)) {
            throw new IllegalArgumentException(what + " must be one of " + NAMES + ", not '" + name + "'");
        }
    }
}
