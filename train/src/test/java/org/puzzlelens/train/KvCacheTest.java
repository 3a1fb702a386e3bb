package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.sample.Sampled;
import org.puzzlelens.train.sample.Sampler;
import org.puzzlelens.train.sample.SamplingOptions;

/** Decoding with the key/value cache computes what recomputing the whole sequence computes. */
class KvCacheTest {
    private static final int VOCAB = 50;

    @Test
    void cachedDecodingGivesTheSameLogitsAsFullRecomputation() {
        try (VisionLanguageModel model = sharpModel(5)) {
            // prompts of different lengths, so left padding is exercised; with images
            List<int[]> prompts = List.of(new int[] {5, 6, 7, 8, 9}, new int[] {10, 11}, new int[] {12, 13, 14});
            int size = model.config().vision().imageSize();
            SplittableRandom pixelRng = new SplittableRandom(1);
            List<float[]> pixels =
                    prompts.stream().map(p -> randomImage(size, pixelRng)).toList();
            SamplingOptions options = new SamplingOptions(1.0, 1.0, 12, true);
            Sampler sampler = new Sampler(model, Set.of(), 0);
            Sampled cached = sampler.sample(prompts, pixels, options, new SplittableRandom(9), true);
            Sampled full = sampler.sample(prompts, pixels, options.withoutCache(), new SplittableRandom(9), true);
            assertThat(cached.completions()).hasSize(3);
            for (int i = 0; i < 3; i++) {
                assertThat(cached.completions().get(i))
                        .isEqualTo(full.completions().get(i))
                        .hasSize(12);
            }
            assertThat(cached.logits()).hasSameSizeAs(full.logits());
            float[] first = cached.logits().get(0);
            assertThat(spread(first))
                    .as("logits must differ clearly between tokens")
                    .isGreaterThan(1f);
            for (int step = 0; step < cached.logits().size(); step++) {
                float[] a = cached.logits().get(step);
                float[] b = full.logits().get(step);
                for (int i = 0; i < a.length; i++) {
                    assertThat(a[i]).as("step %d logit %d", step, i).isCloseTo(b[i], Offset.offset(1e-5f));
                }
            }
        }
    }

    @Test
    void paddingDoesNotChangeARowsLogits() {
        try (VisionLanguageModel model = sharpModel(6)) {
            SamplingOptions greedy = new SamplingOptions(0, 1.0, 6, true);
            Sampler sampler = new Sampler(model, Set.of(), 0);
            int[] shortPrompt = {21, 22};
            float[] alone = sampler.sample(List.of(shortPrompt), null, greedy, new SplittableRandom(1), true)
                    .logits()
                    .get(3);
            Sampled padded = sampler.sample(
                    List.of(new int[] {1, 2, 3, 4, 5, 6, 7}, shortPrompt), null, greedy, new SplittableRandom(1), true);
            float[] second = Arrays.copyOfRange(padded.logits().get(3), VOCAB, 2 * VOCAB);
            for (int i = 0; i < VOCAB; i++) {
                assertThat(second[i]).isCloseTo(alone[i], Offset.offset(1e-5f));
            }
        }
    }

    /** A random model whose logits spread over several units, so that a wrong cache would show. */
    static VisionLanguageModel sharpModel(int seed) {
        // float64, so that the comparison sees a wrong cache rather than rounding
        VisionLanguageModel model = VisionLanguageModel.initialise(
                ModelConfig.tiny(VOCAB), seed, NDManager.newBaseManager(), DataType.FLOAT64);
        model.weights().arrays().forEach(a -> a.muli(8));
        return model;
    }

    private static float spread(float[] logits) {
        float lo = Float.MAX_VALUE;
        float hi = -Float.MAX_VALUE;
        for (int i = 0; i < VOCAB; i++) {
            lo = Math.min(lo, logits[i]);
            hi = Math.max(hi, logits[i]);
        }
        return hi - lo;
    }

    static float[] randomImage(int size, SplittableRandom rng) {
        float[] p = new float[3 * size * size];
        for (int i = 0; i < p.length; i++) {
            p[i] = (float) rng.nextDouble();
        }
        return p;
    }
}
