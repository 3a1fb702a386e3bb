package org.puzzlelens.rewards.metrics;

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

    /** The ASCII letters a phrase can start with, in lower case: most words are rejected by this alone. */
    private static final boolean[] FIRST_LETTERS = new boolean[128];

    static {
        FIRST_LETTERS['h'] = true; // hmm+
        FIRST_LETTERS[LET_ME.charAt(0)] = true;
        for (String phrase : ALONE) {
            FIRST_LETTERS[phrase.charAt(0)] = true;
        }
    }

    private ReflectionPhrases() {}

    static int count(String text) {
        int found = 0;
        int i = 0;
        while (i < text.length()) {
            int end = phraseAt(text, i);
            if (end < 0) {
                i++;
            } else {
                found++;
                i = end;
            }
        }
        return found;
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
        if (!letter || !FIRST_LETTERS[c | ('a' - 'A')] || WordBoundary.wordBefore(text, i)) {
            return -1;
        }
        int end = hmmAt(text, i);
        if (end < 0) {
            end = firstOf(ALONE, text, i);
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
