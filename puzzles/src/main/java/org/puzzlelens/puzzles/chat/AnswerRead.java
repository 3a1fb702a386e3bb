package org.puzzlelens.puzzles.chat;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * The option a completion chose, and the rule that read it (see {@link AnswerReader} for the order).
 *
 * @param option the chosen option's index, or -1 when no rule applied (nothing is guessed)
 * @param where the part of the completion the answer was read from; {@link Where#NONE} when none
 * @param form how that part named the option; null when none
 */
public record AnswerRead(int option, Where where, Form form) {
    /** The parts of a completion an answer is read from, in the order they are tried. */
    public enum Where {
        /** The last complete {@code <answer>...</answer>} block; when it has one, nothing else is read. */
        ANSWER_BLOCK,
        /** The rest of the line after the last answer marker: "answer is", "answer:", an unclosed {@code <answer>}. */
        ANSWER_MARKER,
        /** The last line that is not blank. */
        LAST_LINE,
        /** The last {@code (X)} anywhere in the completion, AlgoPuzzleVQA's own extraction rule. */
        ANYWHERE,
        /** No rule applied. */
        NONE
    }

    /** How a part names the option, in the order they are tried. */
    public enum Form {
        /** The whole part is a letter: {@code B}, {@code (b)}, {@code B)}, {@code **B.**}, {@code (B) 7}, {@code B. 7}. */
        LETTER,
        /** The whole part is an option's text, compared as the puzzle type compares answers ({@code 0:52 = 12:52}). */
        OPTION_TEXT,
        /** The last {@code (X)} in the part that names an option: {@code 12:52 (B)}. */
        PARENTHESISED_LETTER
    }

    static final AnswerRead NOTHING = new AnswerRead(-1, Where.NONE, null);

    public boolean found() {
        return option >= 0;
    }

    public OptionalInt chosen() {
        return found() ? OptionalInt.of(option) : OptionalInt.empty();
    }

    /** The rule as one word pair, e.g. {@code answer_block/letter}, or {@code none}. */
    public String rule() {
        return form == null
                ? "none"
                : where.name().toLowerCase(Locale.ROOT) + "/" + form.name().toLowerCase(Locale.ROOT);
    }
}
