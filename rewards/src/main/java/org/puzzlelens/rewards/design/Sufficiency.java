package org.puzzlelens.rewards.design;

import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.rewards.Evidence;

/**
 * S: 1 when what the {@code <image_description>} states is enough to solve the puzzle: its facts
 * are rebuilt into a state ({@code fromFacts}, with what only the question says taken from the true
 * state), our exact solver runs on it, and its answer is the gold one. A verifiable "was what you
 * saw enough" signal, beside the fact-by-fact {@link Perception}: a description may miss facts that
 * do not matter and still be sufficient. 0 without a description, or for a target that carries no
 * state (a compact label).
 */
record Sufficiency() implements Component {
    @Override
    public String name() {
        return "sufficiency";
    }

    @Override
    public String meaning() {
        return "1 if our solver, run on the state rebuilt from the description's facts, reaches the gold answer";
    }

    @Override
    public double score(Evidence e) {
        Optional<String> description = e.completion().description();
        if (description.isEmpty() || e.target().state() == null) {
            return 0;
        }
        return solves(
                        e.target().type(),
                        e.target().state(),
                        Facts.parse(description.get()),
                        e.target().answer())
                ? 1
                : 0;
    }

    private static <S extends Record> boolean solves(
            PuzzleType<S> type, Record question, List<Fact> facts, String gold) {
        try {
            return type.fromFacts(type.stateType().cast(question), facts)
                    .map(state -> type.sameAnswer(type.solve(state).answer(), gold))
                    .orElse(false);
        } catch (RuntimeException e) {
            return false; // facts that build a state the solver rejects are not a sufficient description
        }
    }
}
