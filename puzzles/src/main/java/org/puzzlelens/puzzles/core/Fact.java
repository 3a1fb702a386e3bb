package org.puzzlelens.puzzles.core;

import java.util.Locale;

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

    static String normalise(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[`*_\"]", "").replaceAll("\\s+", " ").trim();
        s = s.replaceAll("\\s*,\\s*", ",");
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
