package org.puzzlelens.train.rewards;

import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.rewards.RewardTarget;

/** Reward targets straight from generated puzzles, without writing them as records first. */
final class PuzzleTargets {
    private PuzzleTargets() {}

    public static RewardTarget of(PuzzleInstance puzzle) {
        return new RewardTarget(
                puzzle.id(),
                puzzle.type(),
                puzzle.options(),
                puzzle.answer(),
                puzzle.answerIndex(),
                puzzle.facts(),
                puzzle.state());
    }
}
