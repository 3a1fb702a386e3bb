package org.puzzlelens.eval.backend;

/** Tokens a server reported for a request; {@link #NONE} when it reported none. */
public record Usage(long inputTokens, long outputTokens) {
    public static final Usage NONE = new Usage(0, 0);

    public Usage plus(Usage o) {
        return new Usage(inputTokens + o.inputTokens, outputTokens + o.outputTokens);
    }

    public boolean reported() {
        return inputTokens > 0 || outputTokens > 0;
    }
}
