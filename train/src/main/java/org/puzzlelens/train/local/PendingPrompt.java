package org.puzzlelens.train.local;

import java.util.concurrent.CompletableFuture;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * One completion waiting for the model.
 *
 * @param pixels the image as model input, or null for a text-only prompt
 * @param seed seeds the draw of a batch this prompt opens (irrelevant at temperature 0)
 */
record PendingPrompt(
        int[] prompt, float[] pixels, SamplingOptions sampling, long seed, CompletableFuture<GeneratedText> result) {
    /** Prompts that can share one sampler batch: all with or all without an image, and the same sampling. */
    boolean batchesWith(PendingPrompt other) {
        return (pixels == null) == (other.pixels == null) && sampling.equals(other.sampling);
    }
}
