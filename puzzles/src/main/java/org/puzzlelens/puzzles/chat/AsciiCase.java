package org.puzzlelens.puzzles.chat;

/**
 * Literal text compared as a regular expression compiled with {@code CASE_INSENSITIVE} (and without
 * {@code UNICODE_CASE}) compares it: only the letters A-Z match their lower case, so the Kelvin sign is
 * no 'k' and the dotted 'İ' no 'i' (unlike {@code String.regionMatches(true, ...)}). For the hand-written
 * scans that replaced such expressions on the reward path.
 */
public final class AsciiCase {
    private AsciiCase() {}

    /** Whether the text's {@code c} matches the lower-case pattern character {@code lower}. */
    public static boolean matches(char c, char lower) {
        return c == lower || (lower >= 'a' && lower <= 'z' && c == lower - ('a' - 'A'));
    }

    /** The end of {@code lower} (a lower-case literal) standing at {@code i} of the text, or -1. */
    public static int literalAt(String text, int i, String lower) {
        if (i + lower.length() > text.length()) {
            return -1;
        }
        for (int k = 0; k < lower.length(); k++) {
            if (!matches(text.charAt(i + k), lower.charAt(k))) {
                return -1;
            }
        }
        return i + lower.length();
    }
}
