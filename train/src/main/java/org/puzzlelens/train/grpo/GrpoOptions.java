package org.puzzlelens.train.grpo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * Everything a GRPO run depends on; saved in the run folder so that {@code --resume} continues
 * with exactly these.
 *
 * @param base the warm-started model folder the policy (and the reference) start from
 * @param design the reward design's name
 * @param types puzzle types of the training prompts
 * @param steps GRPO steps in all
 * @param checkpointEvery save a resumable checkpoint every this many steps (and after the last)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GrpoOptions(
        String base,
        String design,
        List<String> types,
        Preset preset,
        long seed,
        Condition condition,
        int steps,
        int checkpointEvery,
        GrpoSettings grpo,
        OptimizerSettings optimizer,
        SamplingOptions sampling) {
    public GrpoOptions {
        types = List.copyOf(types);
        if (steps < 1 || checkpointEvery < 1) {
            throw new IllegalArgumentException("steps and checkpoint interval must be >= 1");
        }
        if (!condition.asksForAnswer()) {
            throw new IllegalArgumentException(
                    "GRPO needs a condition that asks for an answer (image, text, image+text), not " + condition);
        }
    }

    public GrpoOptions withSteps(int newSteps) {
        return new GrpoOptions(
                base, design, types, preset, seed, condition, newSteps, checkpointEvery, grpo, optimizer, sampling);
    }
}
