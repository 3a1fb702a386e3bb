package org.puzzlelens.rewards.design;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A design's reward for one completion.
 *
 * @param total the weighted sum of the components
 * @param components each component's own value in [0, 1], before weighting, in the design's order
 * @param maximum the largest total the design can give (the sum of its positive weights), used to
 *     normalise totals into [0, 1]
 */
public record Reward(String design, double total, Map<String, Double> components, double maximum) {
    public Reward {
        components = Collections.unmodifiableMap(new LinkedHashMap<>(components));
    }

    /** The total mapped into [0, 1]. */
    public double normalised() {
        return maximum <= 0 ? 0 : Math.max(0, Math.min(1, total / maximum));
    }
}
