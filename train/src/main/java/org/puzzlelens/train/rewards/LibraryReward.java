package org.puzzlelens.train.rewards;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.design.Reward;
import org.puzzlelens.train.grpo.CompletionReward;
import org.puzzlelens.train.grpo.Rollout;
import org.puzzlelens.train.grpo.Scored;

/**
 * One design of the reward library as the trainer's reward: the design's total, its components,
 * and always {@code accuracy} (so that the accuracy curve exists under every design, the ones
 * without an accuracy term included), with the behaviour from the same reading of each completion.
 */
record LibraryReward(RewardEngine engine, String name) implements CompletionReward {
    public LibraryReward {
        engine.designs().design(name); // fails now, naming the known designs
    }

    @Override
    public List<Scored> score(List<Rollout> rollouts) {
        return rollouts.stream().map(this::score).toList();
    }

    private Scored score(Rollout rollout) {
        Evidence evidence = engine.read(PuzzleTargets.of(rollout.puzzle()), rollout.completion());
        Reward reward = engine.designs().design(name).score(evidence);
        Map<String, Double> components = new LinkedHashMap<>(reward.components());
        components.putIfAbsent("accuracy", evidence.correct() ? 1.0 : 0.0);
        return new Scored(reward.total(), components, evidence.behaviour());
    }
}
