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

    /**
     * Lower case, without Markdown markup ({@code ` * _ "}), whitespace runs as one space, no space
     * around commas, no trailing full stops or semicolons. One pass by hand: facts are normalised for
     * every line of every completion the reward service grades, and the three regular-expression
     * replacements this replaces were a fifth of the service's profile (FactNormaliseTest holds the
     * scan to them). Text already in normal form comes back as it is, without a copy: every fact the
     * reward path reads is normalised twice (to skip empty ones, then by the constructor).
     */
    static String normalise(String text) {
        if (isPlainNormal(text)) {
            return text;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder collapsed = new StringBuilder(lower.length());
        boolean inSpace = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ("`*_\"".indexOf(c) >= 0) {
                continue;
            }
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
            if (!space) {
                collapsed.append(c);
            } else if (!inSpace) {
                collapsed.append(' ');
            }
            inSpace = space;
        }
        String trimmed = collapsed.toString().trim();
        StringBuilder out = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            boolean besideComma = (i > 0 && trimmed.charAt(i - 1) == ',')
                    || (i + 1 < trimmed.length() && trimmed.charAt(i + 1) == ',');
            if (c != ' ' || !besideComma) {
                out.append(c);
            }
        }
        String s = out.toString();
        while (!s.isEmpty() && ".;".indexOf(s.charAt(s.length() - 1)) >= 0) {
            s = s.substring(0, s.length() - 1).trim();
        }
        return s;
    }

    /**
     * The ASCII characters that {@link #normalise} changes wherever they stand: capitals, the markup it
     * drops and whitespace other than the space. A table: {@code String.indexOf} over their list, per
     * character of every fact read, was 4% of the batch endpoint's profile.
     */
    private static final boolean[] NOT_PLAIN_ASCII = new boolean[128];

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            NOT_PLAIN_ASCII[c] = true;
        }
        for (char c : "`*_\"\t\n\u000B\f\r".toCharArray()) {
            NOT_PLAIN_ASCII[c] = true;
        }
    }

    /**
     * Whether {@link #normalise} would give this ASCII text back unchanged: no capitals, markup or
     * whitespace but single spaces, none at the ends or beside a comma, nothing of code 32 or below at the
     * ends (which {@code trim} drops), no final full stop or semicolon. Other text takes the full way.
     */
    private static boolean isPlainNormal(String text) {
        int n = text.length();
        if (n == 0) {
            return true;
        }
        if (text.charAt(0) <= ' ' || text.charAt(n - 1) <= ' ' || ".;".indexOf(text.charAt(n - 1)) >= 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean plain = c < 128 && !NOT_PLAIN_ASCII[c];
            // a space has a neighbour on each side: the ends are not spaces
            boolean oddSpace =
                    c == ' ' && (text.charAt(i + 1) == ' ' || text.charAt(i + 1) == ',' || text.charAt(i - 1) == ',');
            if (!plain || oddSpace) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return key + " = " + value;
    }
}
