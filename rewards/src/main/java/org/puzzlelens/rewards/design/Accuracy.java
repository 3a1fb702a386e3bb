package org.puzzlelens.rewards.design;

import org.puzzlelens.rewards.Evidence;

/** A: 1 when the chosen option is the gold one, else 0. */
public record Accuracy() implements Component {
    @Override
    public String name() {
        return "accuracy";
    }

    @Override
    public String meaning() {
        return "1 if the answer read from <answer> (else by the benchmark's rules) is the gold option";
    }

    @Override
    public double score(Evidence e) {
        return e.correct() ? 1 : 0;
    }
}
