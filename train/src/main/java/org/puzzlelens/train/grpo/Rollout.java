package org.puzzlelens.train.grpo;

import org.puzzlelens.puzzles.core.PuzzleInstance;

/** One sampled completion of one GRPO prompt, as the reward scores it. */
public record Rollout(PuzzleInstance puzzle, String completion) {}
