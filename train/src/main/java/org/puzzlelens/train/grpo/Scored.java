package org.puzzlelens.train.grpo;

import java.util.Map;
import java.util.Objects;
import org.puzzlelens.rewards.metrics.Behaviour;

/**
 * @param total the reward the advantage is computed from
 * @param components named parts, logged per step (e.g. accuracy, format); an {@code accuracy}
 *     component, when present, is what the accuracy curve shows
 * @param behaviour the completion's behaviour, measured while it was read for the reward
 */
public record Scored(double total, Map<String, Double> components, Behaviour behaviour) {
    public Scored {
        components = Map.copyOf(components);
        Objects.requireNonNull(behaviour, "behaviour");
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("reward must be finite, got " + total);
        }
    }
}
