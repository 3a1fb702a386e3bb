package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.grpo.Advantages;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.grpo.PolicyUpdate;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.Scope;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.sample.Sampler;
import org.puzzlelens.train.sample.SamplingOptions;

/** One-token completions, reward 1 for one token: GRPO must make that token the likely answer. */
class BanditTest {
    private static final int VOCAB = 12;
    private static final int REWARDED = 7;
    private static final int[] PROMPT = {1, 2, 3};

    @Test
    void rewardingOneAnswerRaisesItsProbabilityAboveNinetyPercent() {
        try (VisionLanguageModel model = VisionLanguageModel.initialise(
                        ModelConfig.tiny(VOCAB), 1, NDManager.newBaseManager(), DataType.FLOAT32);
                AdamW adam = new AdamW(OptimizerSettings.of(0.02, 0, 0, 1.0), model.weights())) {
            model.weights().requireGradients(true);
            GrpoSettings grpo = new GrpoSettings(8, 1, 2, 0.2, 0.2, 0, true, Aggregation.TOKEN, 0);
            SamplingOptions sampling = new SamplingOptions(1.0, 1.0, 1, true);
            PolicyUpdate update = new PolicyUpdate(model, null, adam, grpo, sampling);
            Sampler sampler = new Sampler(model, Set.of(), 0);
            SplittableRandom rng = new SplittableRandom(4);
            double before = probability(model);
            assertThat(before).isLessThan(0.2);
            for (int step = 0; step < 40 && probability(model) <= 0.9; step++) {
                List<int[]> prompts = Collections.nCopies(8, PROMPT);
                List<int[]> answers =
                        sampler.sample(prompts, null, sampling, rng, false).completions();
                double[] rewards = answers.stream()
                        .mapToDouble(a -> a[0] == REWARDED ? 1 : 0)
                        .toArray();
                update.apply(TokenBatch.of(prompts, answers, null, 0), Advantages.of(rewards, 8, true));
            }
            assertThat(probability(model)).isGreaterThan(0.9);
        }
    }

    private static double probability(VisionLanguageModel model) {
        try (Scope scope = Scope.of(model)) {
            TokenBatch one = TokenBatch.of(List.of(PROMPT), List.of(new int[] {REWARDED}), null, 0);
            return Math.exp(
                    model.completionScores(scope.manager(), one, 1.0).logProbs().getFloat(0, 0));
        }
    }
}
