package org.puzzlelens.rewards.metrics;

/**
 * The two sides of a regular expression's {@code \b} (without {@code UNICODE_CHARACTER_CLASS}), as
 * {@code java.util.regex.Pattern} reads them since JDK 19: a side is a word when its character is an
 * ASCII word character ({@code [a-zA-Z0-9_]}), or a non-spacing mark that follows a letter or digit
 * (through any further marks). So 'é' is no word character, but "e" with a combining accent is one
 * word. ScansMatchExpressionsTest checks the scans built on this against the expressions.
 */
final class WordBoundary {
    private WordBoundary() {}

    /** Whether the side before index {@code i} is a word. */
    static boolean wordBefore(String text, int i) {
        if (i <= 0) {
            return false;
        }
        int cp = text.codePointBefore(i);
        return isAsciiWord(cp) || (isMark(cp) && followsLetterOrDigit(text, i - 1));
    }

    /** Whether the side from index {@code i} on is a word (never at the end of the text). */
    static boolean wordAt(String text, int i) {
        if (i >= text.length()) {
            return false;
        }
        int cp = text.codePointAt(i);
        return isAsciiWord(cp) || (isMark(cp) && followsLetterOrDigit(text, i));
    }

    static boolean isAsciiWord(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == '_';
    }

    private static boolean isMark(int cp) {
        return Character.getType(cp) == Character.NON_SPACING_MARK;
    }

    /**
     * Whether a letter or digit stands at {@code i} or before it behind marks only; read char by char
     * from {@code i} backwards as the JDK does (a low surrogate alone is neither).
     */
    private static boolean followsLetterOrDigit(String text, int i) {
        for (int x = i; x >= 0; x--) {
            int cp = text.codePointAt(x);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (!isMark(cp)) {
                return false;
            }
        }
        return false;
    }
}
