package org.puzzlelens.train.grpo;

import java.util.List;
import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * A reward design as the trainer sees it: for each rollout of a GRPO step, a total with its named
 * components for the logs and the completion's behaviour, all from one reading of the completion.
 * The step's rollouts come as one list, so a reward service gets one request per step. The reward
 * library's designs plug in here; {@link BuiltinRewards} holds the minimal ones the trainer ships with.
 */
public interface CompletionReward {
    String name();

    /** One score per rollout, in order. */
    List<Scored> score(List<Rollout> rollouts);

    /** A single completion, scored as a batch of one. */
    default Scored score(PuzzleInstance puzzle, String completion) {
        return score(List.of(new Rollout(puzzle, completion))).getFirst();
    }
}
