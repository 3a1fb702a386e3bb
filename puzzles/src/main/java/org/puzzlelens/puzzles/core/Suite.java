package org.puzzlelens.puzzles.core;

/** The benchmark a puzzle type belongs to; the study trains in-domain and tests transfer out of domain. */
public enum Suite {
    ALGOPUZZLEVQA("AlgoPuzzleVQA", true),
    PUZZLEVQA("PuzzleVQA", false),
    /**
     * Lab variants of AlgoPuzzleVQA images whose question needs little reasoning, so that perception is
     * the whole difficulty: what the built-in model can learn on a CPU. Never mixed into the released
     * suites; in domain, like the types they vary.
     */
    LAB("Lab", true);

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
