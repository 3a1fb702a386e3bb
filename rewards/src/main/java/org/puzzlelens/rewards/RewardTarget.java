package org.puzzlelens.rewards;

import java.util.List;
import java.util.Set;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.KeyedFacts;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.rewards.metrics.VisualTerms;

/**
 * What a completion is graded against: the puzzle's options and gold answer, and its true facts
 * (from the generator's state) for the perception reward and the visual-reference count.
 *
 * @param type the puzzle type, which knows when two answer strings mean the same
 * @param state the puzzle's state when known (what the question alone fixes, for the sufficiency
 *     reward), or null for a compact label that carries only the facts
 */
public record RewardTarget(
        String id,
        PuzzleType<?> type,
        List<String> options,
        String answer,
        int answerIndex,
        List<Fact> facts,
        Set<String> visualTerms,
        Record state) {
    public RewardTarget {
        options = List.copyOf(options);
        facts = KeyedFacts.copyOf(facts); // graded against every completion: its key index, built once
        visualTerms = VisualTerms.copyOf(visualTerms); // its own lookup, built once per target
        if (answerIndex < 0 || answerIndex >= options.size()) {
            throw new IllegalArgumentException(
                    id + ": answer index " + answerIndex + " is not among " + options.size() + " options");
        }
    }

    public RewardTarget(
            String id, PuzzleType<?> type, List<String> options, String answer, int answerIndex, List<Fact> facts) {
        this(id, type, options, answer, answerIndex, facts, null);
    }

    public RewardTarget(
            String id,
            PuzzleType<?> type,
            List<String> options,
            String answer,
            int answerIndex,
            List<Fact> facts,
            Record state) {
        this(id, type, options, answer, answerIndex, facts, VisualTerms.of(facts), state);
    }

    public String typeName() {
        return type.info().name();
    }

    public boolean sameAnswer(String a, String b) {
        return type.sameAnswer(a, b);
    }
}
