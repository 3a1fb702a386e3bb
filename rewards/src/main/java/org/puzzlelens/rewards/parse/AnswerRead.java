package org.puzzlelens.rewards.parse;

import java.util.OptionalInt;

/**
 * The option a completion chose, and how it was read.
 *
 * @param option the chosen option's index, empty when no rule applied (nothing is guessed)
 * @param rule the rule that read it
 * @param text the text it was read from: the answer block, or the whole completion
 */
public record AnswerRead(OptionalInt option, Rule rule, String text) {
    /** The extraction rules, in the order they are tried. */
    public enum Rule {
        /** The answer is an option letter: {@code B}, {@code (B)}, {@code B)}, {@code (B) 7}. */
        LETTER,
        /** The answer is an option's text, compared as the puzzle type compares answers. */
        OPTION_TEXT,
        /** The benchmark's rule: the last {@code (X)} in the text. */
        LAST_PARENTHESISED_LETTER,
        /** The benchmark's fallback: the last bare option letter. */
        LAST_BARE_LETTER,
        /** Exactly one option's text stands in the answer as a whole word. */
        SINGLE_OPTION_MENTIONED,
        /** No rule applied. */
        NONE
    }

    public static AnswerRead none(String text) {
        return new AnswerRead(OptionalInt.empty(), Rule.NONE, text);
    }

    public boolean found() {
        return option.isPresent();
    }
}
