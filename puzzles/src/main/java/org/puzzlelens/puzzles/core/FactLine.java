package org.puzzlelens.puzzles.core;

/**
 * Reads one line of free text as a fact, as the expression
 *
 * <pre>{@code
 * ^\s*(?:[-*•]\s*|\d+[.)]\s+)?(?<key>[^=:>]+?)\s*(?:=|:|->)\s*(?<value>.+?)\s*$
 * }</pre>
 *
 * matched the whole line: "key = value", "key: value", "- key -> value", with a list marker dropped.
 * A hand-written scan (the expression's lazy key, tried at every length, was 8% of the batch endpoint's
 * profile); FactsParseTest holds it to that expression. The scan follows from what the expression can
 * do: the key holds no '=', ':' or '>', so the separator is where the first of those stands ('>' only
 * after '-'); what is left is which list marker the expression takes, which its backtracking settles
 * as {@link #keyStart} says.
 */
final class FactLine {
    /** Where a key starts when the line has no fact, or only a key of whitespace (which counts as none). */
    private static final int NO_KEY = -1;
    /** What a list marker gives when it reaches the separator: the expression then reads the line without it. */
    private static final int NO_MARKER = -2;

    private FactLine() {}

    /** The fact of {@code text[from, to)}, a line without its line break, or null. */
    static Fact read(String text, int from, int to) {
        int first = from;
        while (first < to && "=:>".indexOf(text.charAt(first)) < 0) {
            first++;
        }
        if (first == to) {
            return null;
        }
        boolean arrow = text.charAt(first) == '>';
        if (arrow && (first == from || text.charAt(first - 1) != '-')) {
            return null;
        }
        int separator = arrow ? first - 1 : first;
        int keyStart = keyStart(text, skipSpaces(text, from, to), separator, to);
        if (keyStart == NO_KEY) {
            return null;
        }
        String key = Fact.normalise(text.substring(keyStart, trimmedEnd(text, keyStart, separator)));
        int valueStart = skipSpaces(text, first + 1, to);
        String value = Fact.normalise(text.substring(valueStart, trimmedEnd(text, valueStart, to)));
        return key.isEmpty() || value.isEmpty() ? null : new Fact(key, value);
    }

    /**
     * Where the key starts, given the line's first non-space {@code start} and its separator: after a
     * list marker ({@code [-*•]\s*} or {@code \d+[.)]\s+}) when a key is left before the separator, else
     * at {@code start}. A marker whose spaces reach the separator leaves a key of one space, which is no
     * key; a marker that reaches the separator itself is given up, and the key starts with it.
     */
    private static int keyStart(String text, int start, int separator, int to) {
        if (start >= separator) {
            return NO_KEY;
        }
        char c = text.charAt(start);
        if (c == '-' || c == '*' || c == '•') {
            int after = afterMarker(start + 1, skipSpaces(text, start + 1, to), separator);
            if (after != NO_MARKER) {
                return after;
            }
        } else if (c >= '0' && c <= '9') {
            int digits = start;
            while (digits < to && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
                digits++;
            }
            boolean marker = digits + 1 < to
                    && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
                    && isSpace(text.charAt(digits + 1));
            if (marker) {
                int after = afterMarker(digits + 2, skipSpaces(text, digits + 1, to), separator);
                if (after != NO_MARKER) {
                    return after;
                }
            }
        }
        return start;
    }

    /**
     * The key's start after a marker whose spaces may end anywhere in {@code [shortest, longest]}: the
     * longest when a key is left before the separator, no key when only spaces are left, {@link
     * #NO_MARKER} when the marker itself reaches the separator.
     */
    private static int afterMarker(int shortest, int longest, int separator) {
        if (longest < separator) {
            return longest;
        }
        return separator - 1 >= shortest ? NO_KEY : NO_MARKER;
    }

    private static int skipSpaces(String text, int i, int to) {
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trimmedEnd(String text, int from, int to) {
        while (to > from && isSpace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }

    /** The expression class {@code \s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
