package org.puzzlelens.rewards.design;

import org.puzzlelens.rewards.Evidence;

/** L = min(1, reasoning characters / target): thinking length, with no correctness signal. */
record ReasoningLength(int targetCharacters) implements Component {
    public ReasoningLength {
        if (targetCharacters < 1) {
            throw new IllegalArgumentException("reasoning_target_chars must be >= 1, got " + targetCharacters);
        }
    }

    @Override
    public String name() {
        return "reasoning_length";
    }

    @Override
    public String meaning() {
        return "min(1, characters of <think> / " + targetCharacters + ")";
    }

    @Override
    public double score(Evidence e) {
        return Math.min(1.0, (double) e.behaviour().reasoningCharacters() / targetCharacters);
    }
}
