package org.puzzlelens.train.grpo;

import org.puzzlelens.puzzles.core.PuzzleInstance;

/**
 * A reward design as the trainer sees it: a total for one completion of one puzzle, with its named
 * components for the logs. The reward library's designs plug in here; {@link BuiltinRewards} holds
 * the minimal ones the trainer ships with.
 */
public interface CompletionReward {
    String name();

    Scored score(PuzzleInstance puzzle, String completion);
}
