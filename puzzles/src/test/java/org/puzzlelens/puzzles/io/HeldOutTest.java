package org.puzzlelens.puzzles.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/**
 * The held-out quarter must not depend on the answer: a partition by String.hashCode once held out
 * only the lab states with answers 1 and 3, so a test set of held-out states had no answer 4 at all.
 */
class HeldOutTest {
    @Test
    void everyAnswerOfEveryLabTypeHasItsShareOfHeldOutStates() {
        for (PuzzleType<?> type : Registry.get().select("lab")) {
            Map<String, Set<String>> states = new HashMap<>();
            Map<String, Set<String>> heldOut = new HashMap<>();
            for (int i = 0; i < 3000; i++) {
                PuzzleInstance p = Instances.create(type, 5, i, Preset.ALGOPUZZLEVQA);
                String key = ContentKey.of(p);
                states.computeIfAbsent(p.answer(), a -> new HashSet<>()).add(key);
                if (ContentKey.heldOut(p)) {
                    heldOut.computeIfAbsent(p.answer(), a -> new HashSet<>()).add(key);
                }
            }
            for (String answer : states.keySet()) {
                int all = states.get(answer).size();
                int held = heldOut.getOrDefault(answer, Set.of()).size();
                // a quarter of the distinct states, give or take what a handful of states allows
                assertThat(held)
                        .as(type.info().name() + " answer " + answer + ": " + held + " of " + all)
                        .isBetween((int) Math.floor(all * 0.1), (int) Math.ceil(all * 0.45));
            }
        }
    }
}
