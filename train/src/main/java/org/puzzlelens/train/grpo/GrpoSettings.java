package org.puzzlelens.train.grpo;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The GRPO hyper-parameters.
 *
 * @param groupSize G completions sampled per prompt
 * @param promptsPerStep prompts per step (the batch is promptsPerStep x G completions)
 * @param innerUpdates optimiser updates per batch of rollouts (1: on-policy, ratio stays 1)
 * @param epsLow lower clip: the ratio is clipped below at 1 - epsLow
 * @param epsHigh upper clip: above at 1 + epsHigh
 * @param beta weight of the KL penalty to the frozen reference; 0 loads no reference
 * @param scaleByStd true: GRPO advantages (divide by the group's std); false: Dr. GRPO (centre only)
 * @param aggregation how token losses are combined
 * @param microBatch rows per forward and backward pass of an update, 0 for the whole batch: the passes' gradients
 *     add up to the whole batch's, so only the memory of the activations kept for the backward pass changes (and
 *     the floating-point rounding of the sum); a resumed run repeats exactly only with the same value
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GrpoSettings(
        int groupSize,
        int promptsPerStep,
        int innerUpdates,
        double epsLow,
        double epsHigh,
        double beta,
        boolean scaleByStd,
        Aggregation aggregation,
        int microBatch) {
    /**
     * The defaults, declared once: {@code train}'s flags and the study read them. G = 8 completions per
     * prompt and 2 prompts per step fit a CPU; 2 inner updates make the ratio (and its clip) matter; the
     * clip range [1 - 0.2, 1 + 0.28] is DAPO's asymmetric "clip higher"; beta = 0.02 keeps a light KL to
     * the reference; GRPO's std-scaled advantages with token-level aggregation.
     */
    public static final GrpoSettings DEFAULTS = new GrpoSettings(8, 2, 2, 0.2, 0.28, 0.02, true, Aggregation.TOKEN, 0);

    public GrpoSettings {
        if (groupSize < 2) {
            throw new IllegalArgumentException(
                    "group size must be >= 2 (advantages compare completions), got " + groupSize);
        }
        if (promptsPerStep < 1 || innerUpdates < 1) {
            throw new IllegalArgumentException("prompts per step and inner updates must be >= 1");
        }
        if (epsLow < 0 || epsLow >= 1 || epsHigh < 0 || beta < 0) {
            throw new IllegalArgumentException("need 0 <= eps-low < 1, eps-high >= 0, beta >= 0");
        }
        if (microBatch < 0) {
            throw new IllegalArgumentException("micro-batch must be >= 0 (0: the whole batch), got " + microBatch);
        }
    }

    /** These settings with updates in passes of {@code rows} rows (0: the whole batch). */
    public GrpoSettings withMicroBatch(int rows) {
        return new GrpoSettings(
                groupSize, promptsPerStep, innerUpdates, epsLow, epsHigh, beta, scaleByStd, aggregation, rows);
    }
}
