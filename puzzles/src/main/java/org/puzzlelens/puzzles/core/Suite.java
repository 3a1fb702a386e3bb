package org.puzzlelens.puzzles.core;

/** The benchmark a puzzle type belongs to; the study trains in-domain and tests transfer out of domain. */
public enum Suite {
    ALGOPUZZLEVQA("AlgoPuzzleVQA", true),
    PUZZLEVQA("PuzzleVQA", false);

    private final String title;
    private final boolean inDomain;

    Suite(String title, boolean inDomain) {
        this.title = title;
        this.inDomain = inDomain;
    }

    public String title() {
        return title;
    }

    public boolean inDomain() {
        return inDomain;
    }
}
