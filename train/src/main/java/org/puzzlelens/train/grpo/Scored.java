package org.puzzlelens.train.grpo;

import java.util.Map;

/**
 * @param total the reward the advantage is computed from
 * @param components named parts, logged per step (e.g. accuracy, format); an {@code accuracy}
 *     component, when present, is what the accuracy curve shows
 */
public record Scored(double total, Map<String, Double> components) {
    public Scored {
        components = Map.copyOf(components);
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException("reward must be finite, got " + total);
        }
    }
}
