package org.puzzlelens.rewards.metrics;

import java.util.OptionalInt;
import java.util.Set;
import org.puzzlelens.puzzles.chat.TaggedCompletion;
import org.puzzlelens.puzzles.core.Facts;

/** Measures {@link Behaviour}; deterministic, and the same for every puzzle type. */
public final class BehaviourMeter {
    private final TokenCounter tokens;

    /** @param tokens the caller's tokenizer, or null to report characters only */
    public BehaviourMeter(TokenCounter tokens) {
        this.tokens = tokens;
    }

    public Behaviour measure(TaggedCompletion completion, Set<String> visualTerms) {
        String reasoning = completion.reasoning();
        return new Behaviour(
                completion.text().codePointCount(0, completion.text().length()),
                tokens == null ? OptionalInt.empty() : OptionalInt.of(tokens.count(completion.text())),
                reasoning.codePointCount(0, reasoning.length()),
                steps(reasoning),
                ReflectionPhrases.count(reasoning),
                VisualTerms.mentioned(visualTerms, reasoning));
    }

    /**
     * Reasoning steps: a step ends at a line break, or at a sentence end ({@code .!?} after two letters or
     * digits, so that list markers such as "1. First" stay with their step) followed by whitespace and a
     * capital letter, a digit or "("; steps without a letter or digit do not count. A hand-written scan
     * instead of a regular expression split with look-behind and look-ahead, which was a fifth of the
     * reward path's profile; ScansMatchExpressionsTest checks it against that expression. It counts code
     * points, so two letters before a full stop are two letters also outside the Basic Multilingual Plane,
     * where the expression's look-behind saw one.
     */
    static int steps(String reasoning) {
        int steps = 0;
        boolean content = false; // the current step has a letter or digit
        boolean broken = false; // a break since the last letter or digit
        int n = reasoning.length();
        for (int i = 0; i < n; ) {
            int cp = reasoning.codePointAt(i);
            if (isContent(cp)) {
                if (!content || broken) {
                    steps++;
                }
                content = true;
                broken = false;
            } else if (Facts.isLineBreak(cp) || sentenceEndsBefore(reasoning, i)) {
                broken = true;
            }
            i += Character.charCount(cp);
        }
        return steps;
    }

    /** Whether whitespace starting at {@code i} follows a sentence end and leads to a new sentence. */
    private static boolean sentenceEndsBefore(String text, int i) {
        if (!isSpace(text.charAt(i)) || i < 1) {
            return false;
        }
        char end = text.charAt(i - 1); // compared, not looked up in a string: this runs at every space
        if (end != '.' && end != '!' && end != '?') {
            return false;
        }
        int before = i - 1;
        for (int k = 0; k < 2; k++) {
            if (before <= 0) {
                return false;
            }
            int cp = text.codePointBefore(before);
            if (!isContent(cp)) {
                return false;
            }
            before -= Character.charCount(cp);
        }
        int after = i;
        while (after < text.length() && isSpace(text.charAt(after))) {
            after++;
        }
        if (after == text.length()) {
            return false;
        }
        int next = text.codePointAt(after);
        return Character.getType(next) == Character.UPPERCASE_LETTER || (next >= '0' && next <= '9') || next == '(';
    }

    /**
     * A letter or a number, as the expression class {@code [\p{L}\p{N}]} (ScansMatchExpressionsTest checks
     * every code point). ASCII first: it is most of what the reward path reads, a character at a time.
     */
    static boolean isContent(int cp) {
        if (cp < 128) {
            return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
        }
        if (Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** The expression class {@code \s}: ASCII whitespace. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
