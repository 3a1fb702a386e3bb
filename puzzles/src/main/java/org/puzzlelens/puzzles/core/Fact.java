package org.puzzlelens.puzzles.core;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One atomic, checkable statement about a puzzle's visible state, such as {@code r2c3 = wall} or
 * {@code peg B = 3,1}. Keys and values are kept in a normal form (lower case, single spaces) so that
 * a fact read from a model's free text compares equal to the true one.
 */
public record Fact(String key, String value) {
    public Fact {
        key = normalise(key);
        value = normalise(value);
        if (key.isEmpty()) {
            throw new IllegalArgumentException("a fact needs a key");
        }
    }

    public static Fact of(String key, Object value) {
        return new Fact(key, String.valueOf(value));
    }

    // compiled once: String.replaceAll compiles its pattern on every call, and facts are normalised for
    // every line of every completion the reward service grades (most of its time in a profile)
    private static final Pattern MARKUP = Pattern.compile("[`*_\"]");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern SPACED_COMMA = Pattern.compile("\\s*,\\s*");

    static String normalise(String text) {
        String s = SPACES.matcher(MARKUP.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("")).replaceAll(" ").trim();
        s = SPACED_COMMA.matcher(s).replaceAll(",");
        while (!s.isEmpty() && ".;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }

    @Override
    public String toString() {
        return key + " = " + value;
    }
}
