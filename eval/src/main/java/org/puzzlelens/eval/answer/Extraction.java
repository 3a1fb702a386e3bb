package org.puzzlelens.eval.answer;

/** What was read out of a model's answer: an option, or nothing. */
public sealed interface Extraction {
    /** Which rule found the answer, in the order they are tried. */
    enum Method { ANSWER_TAG, PARENTHESISED_LETTER, OPTION_TEXT, BARE_LETTER }

    record Chosen(int index, Method method) implements Extraction {
    }

    record Unparseable() implements Extraction {
    }
}
