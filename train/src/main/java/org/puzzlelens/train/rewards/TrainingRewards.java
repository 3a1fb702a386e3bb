package org.puzzlelens.train.rewards;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.design.DesignConfig;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.train.grpo.BuiltinRewards;
import org.puzzlelens.train.grpo.CompletionReward;

/**
 * Where the trainer's reward comes from: the reward library's designs (the eight built in and
 * those a config file adds), the trainer's own minimal ones, or a running reward service.
 *
 * @param config a design config file (docs/REWARDS.md), or null for the built-in designs
 * @param serviceUrl a running {@code rewards serve}, or null to score in process
 * @param token the service's bearer token, or null
 */
public record TrainingRewards(Path config, URI serviceUrl, String token) {
    public static TrainingRewards inProcess() {
        return new TrainingRewards(null, null, null);
    }

    public Designs designs() throws IOException {
        return config == null ? Designs.defaults() : DesignConfig.read(config);
    }

    /** Every design name this source knows: the library's, then the trainer's own. */
    public List<String> names() throws IOException {
        List<String> names = new ArrayList<>(new RewardEngine(designs()).names());
        names.addAll(BuiltinRewards.names());
        return names;
    }

    /** @throws IllegalArgumentException naming the known designs */
    public CompletionReward reward(String design) throws IOException {
        if (serviceUrl != null) {
            return new ServiceReward(serviceUrl, design, token);
        }
        if (BuiltinRewards.names().contains(design)) {
            return BuiltinRewards.named(design);
        }
        Designs designs = designs();
        if (!designs.has(design)) {
            throw new IllegalArgumentException(
                    "unknown reward design '" + design + "'; known: " + String.join(", ", names()));
        }
        return new LibraryReward(new RewardEngine(designs), design);
    }
}
