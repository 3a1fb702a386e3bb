package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.grpo.PolicyUpdate;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * A GRPO update taken in passes over some rows at a time against the same update over the whole batch in one
 * pass (the oracle): in float64 the weights it leaves and the metrics it reports agree to rounding, for every
 * aggregation, with passes that divide the batch and passes that do not.
 */
class MicroBatchTest {
    private static final int VOCAB = 40;

    @Test
    void passesOverSomeRowsAddUpToTheWholeBatch() {
        SplittableRandom rng = new SplittableRandom(5);
        ModelConfig config = ModelConfig.tiny(VOCAB);
        int size = config.vision().imageSize();
        List<int[]> prompts =
                List.of(new int[] {3, 4, 5}, new int[] {6, 7}, new int[] {3, 4, 5}, new int[] {6, 7}, new int[] {9});
        List<int[]> completions = List.of(
                new int[] {8, 9, 10, 11}, new int[] {12, 13}, new int[] {14, 15, 16}, new int[] {17}, new int[] {18, 19
                });
        List<float[]> pixels =
                prompts.stream().map(p -> KvCacheTest.randomImage(size, rng)).toList();
        TokenBatch batch = TokenBatch.of(prompts, completions, pixels, 0);
        double[] advantages = {1.0, -0.5, 0.7, -1.2, 0.3};
        for (Aggregation how : Aggregation.values()) {
            GrpoSettings whole = new GrpoSettings(5, 1, 2, 0.2, 0.28, 0.1, true, how, 0);
            Updated oracle = update(config, batch, advantages, whole);
            for (int rows : new int[] {1, 2, 3}) {
                Updated passes = update(config, batch, advantages, whole.withMicroBatch(rows));
                assertThat(passes.metrics().keySet()).isEqualTo(oracle.metrics().keySet());
                oracle.metrics()
                        .forEach((name, value) -> assertThat(passes.metrics().get(name))
                                .as("%s, %d rows per pass: %s", how, rows, name)
                                .isCloseTo(value, Offset.offset(1e-12 + 1e-9 * Math.abs(value))));
                for (int i = 0; i < oracle.weights().length; i++) {
                    assertThat(passes.weights()[i])
                            .as("%s, %d rows per pass: weight %d", how, rows, i)
                            .isCloseTo(oracle.weights()[i], Offset.offset(1e-12));
                }
            }
        }
    }

    private record Updated(Map<String, Double> metrics, double[] weights) {}

    /** Two inner updates from the same initial policy and reference, in float64. */
    private static Updated update(ModelConfig config, TokenBatch batch, double[] advantages, GrpoSettings settings) {
        try (VisionLanguageModel policy =
                        VisionLanguageModel.initialise(config, 3, NDManager.newBaseManager(), DataType.FLOAT64);
                VisionLanguageModel reference =
                        VisionLanguageModel.initialise(config, 4, NDManager.newBaseManager(), DataType.FLOAT64);
                AdamW adam = new AdamW(OptimizerSettings.of(1e-2, 0, 0.01, 1), policy.weights())) {
            policy.weights().requireGradients(true);
            Map<String, Double> metrics = new PolicyUpdate(
                            policy, reference, adam, settings, new SamplingOptions(1.0, 1.0, 6, true))
                    .apply(batch, advantages);
            double[] weights = policy.weights().arrays().stream()
                    .flatMapToDouble(a -> Arrays.stream(a.toDoubleArray()))
                    .toArray();
            return new Updated(metrics, weights);
        }
    }
}
