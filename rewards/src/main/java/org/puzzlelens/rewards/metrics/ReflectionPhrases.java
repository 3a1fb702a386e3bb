package org.puzzlelens.rewards.metrics;

import java.util.Arrays;
import org.puzzlelens.puzzles.chat.AsciiCase;

/**
 * Counts phrases of self-checking ("wait", "hmm", "let me re-check", "on second thought"...): the
 * matches, found left to right without overlap, of the expression
 *
 * <pre>{@code
 * \b(?:wait|hmm+|let me (?:re-?)?(?:check|verify|reconsider|double-check|re-?examine|think again)
 *     |re-?examine|re-?check|double-check|on second thought|i made a mistake|that's not right|actually)\b
 * }</pre>
 *
 * compiled with {@code CASE_INSENSITIVE} (which folds US-ASCII letters only, see {@link AsciiCase}). A hand-written scan: the
 * expression, an alternation tried at every position, was a sixth of the batch endpoint's profile.
 * ScansMatchExpressionsTest holds the scan to that expression.
 */
final class ReflectionPhrases {
    /** The phrases that stand alone, each a literal once its optional hyphen is spelled out. */
    private static final String[] ALONE = {
        "wait",
        "reexamine",
        "re-examine",
        "recheck",
        "re-check",
        "double-check",
        "on second thought",
        "i made a mistake",
        "that's not right",
        "actually"
    };

    private static final String LET_ME = "let me ";
    /** What "let me " takes after its optional "re" or "re-". */
    private static final String[] AFTER_LET_ME = {
        "check", "verify", "reconsider", "double-check", "reexamine", "re-examine", "think again"
    };

    /** The choices of {@code (?:re-?)?}. */
    private static final String[] RE_PREFIXES = {"", "re", "re-"};

    /**
     * The phrases of {@link #ALONE} by their first letter (lower case ASCII), so that a word is compared
     * with the few that start as it does; with "hmm" and "let me " a start letter with none is rejected.
     */
    private static final String[][] ALONE_BY_FIRST = new String[128][];

    private static final boolean[] FIRST_LETTERS = new boolean[128];

    static {
        for (char first = 'a'; first <= 'z'; first++) {
            char letter = first;
            String[] starting =
                    Arrays.stream(ALONE).filter(p -> p.charAt(0) == letter).toArray(String[]::new);
            ALONE_BY_FIRST[first] = starting.length == 0 ? null : starting;
            FIRST_LETTERS[first] = starting.length > 0;
        }
        FIRST_LETTERS['h'] = true; // hmm+
        FIRST_LETTERS[LET_ME.charAt(0)] = true;
    }

    private ReflectionPhrases() {}

    static int count(String text) {
        int found = 0;
        int i = 0;
        while (i < text.length()) {
            int end = phraseAt(text, i);
            if (end < 0) {
                i = pastAsciiWord(text, i);
            } else {
                found++;
                i = end;
            }
        }
        return found;
    }

    /**
     * Where the next phrase may start after {@code i}: the next index, or past the ASCII word characters
     * that follow one at {@code i}, since a phrase needs a boundary before it and every index in such a
     * run has an ASCII word character before it. Most of a text is words, so this skips most indices.
     */
    private static int pastAsciiWord(String text, int i) {
        if (!WordBoundary.isAsciiWord(text.charAt(i))) {
            return i + 1;
        }
        int next = i + 1;
        while (next < text.length() && WordBoundary.isAsciiWord(text.charAt(next))) {
            next++;
        }
        return next;
    }

    /**
     * The end of the phrase that starts at {@code i}, or -1. Every phrase starts and ends with a letter,
     * so it needs a word boundary before and after (its other word boundaries are implied by its own
     * spaces and hyphens). Each start has at most one phrase end that is followed by a boundary, so the
     * first one found is the one the expression finds.
     */
    private static int phraseAt(String text, int i) {
        char c = text.charAt(i);
        boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        char first = (char) (c | ('a' - 'A'));
        if (!letter || !FIRST_LETTERS[first] || WordBoundary.wordBefore(text, i)) {
            return -1;
        }
        int end = hmmAt(text, i);
        if (end < 0 && ALONE_BY_FIRST[first] != null) {
            end = firstOf(ALONE_BY_FIRST[first], text, i);
        }
        if (end < 0 && AsciiCase.literalAt(text, i, LET_ME) >= 0) {
            end = afterLetMe(text, i + LET_ME.length());
        }
        return end;
    }

    /** {@code hmm+} followed by a boundary. */
    private static int hmmAt(String text, int i) {
        int end = AsciiCase.literalAt(text, i, "hmm");
        if (end < 0) {
            return -1;
        }
        while (end < text.length() && AsciiCase.matches(text.charAt(end), 'm')) {
            end++;
        }
        return WordBoundary.wordAt(text, end) ? -1 : end;
    }

    /** {@code (?:re-?)?} then one of {@link #AFTER_LET_ME}, followed by a boundary. */
    private static int afterLetMe(String text, int from) {
        for (String prefix : RE_PREFIXES) {
            int after = AsciiCase.literalAt(text, from, prefix);
            int end = after < 0 ? -1 : firstOf(AFTER_LET_ME, text, after);
            if (end >= 0) {
                return end;
            }
        }
        return -1;
    }

    /** The end of the first of the phrases that stands at {@code i} followed by a boundary, or -1. */
    private static int firstOf(String[] phrases, String text, int i) {
        for (String phrase : phrases) {
            int end = AsciiCase.literalAt(text, i, phrase);
            if (end >= 0 && !WordBoundary.wordAt(text, end)) {
                return end;
            }
        }
        return -1;
    }
}
