package org.puzzlelens.train.grpo;

import java.util.Locale;

/** How per-token losses become one number. */
public enum Aggregation {
    /** Mean over every completion token of the batch: long completions weigh more (DAPO). */
    TOKEN,
    /** Mean over tokens within each completion, then over completions (the original GRPO). */
    SEQUENCE,
    /** Sum over tokens divided by completions x max tokens, a constant (Dr. GRPO): no length bias. */
    CONSTANT;

    public static Aggregation parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown aggregation '" + text + "'; use token, sequence or constant");
        }
    }
}
