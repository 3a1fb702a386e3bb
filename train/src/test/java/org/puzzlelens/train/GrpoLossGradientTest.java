package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import java.util.SplittableRandom;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoLoss;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.model.CompletionScores;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.Scope;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionLanguageModel;

/** The GRPO loss's autograd gradient, through the whole model, against float64 finite differences. */
class GrpoLossGradientTest {
    private static final int VOCAB = 40;
    private static final List<String> CHECKED = List.of(
            "model.embed_tokens.weight",
            "model.layers.0.self_attn.q_proj.weight",
            "model.layers.1.self_attn.k_proj.bias",
            "model.layers.1.mlp.down_proj.weight",
            "model.norm.weight",
            "visual.patch_embed.proj.weight",
            "visual.blocks.0.mlp.up_proj.weight",
            "visual.merger.mlp.2.weight");

    @Test
    void gradientMatchesFiniteDifferencesForEveryAggregation() {
        SplittableRandom rng = new SplittableRandom(17);
        try (VisionLanguageModel model = VisionLanguageModel.initialise(
                ModelConfig.tiny(VOCAB), 3, NDManager.newBaseManager(), DataType.FLOAT64)) {
            model.weights().arrays().forEach(a -> a.muli(5)); // larger weights: a gradient that is not near zero
            model.weights().requireGradients(true);
            int size = model.config().vision().imageSize();
            List<int[]> prompts = List.of(new int[] {3, 4, 5}, new int[] {6, 7}, new int[] {3, 4, 5}, new int[] {6, 7});
            List<int[]> completions =
                    List.of(new int[] {8, 9, 10, 11}, new int[] {12, 13}, new int[] {14, 15, 16}, new int[] {17});
            List<float[]> pixels = prompts.stream()
                    .map(p -> KvCacheTest.randomImage(size, rng))
                    .toList();
            TokenBatch batch = TokenBatch.of(prompts, completions, pixels, 0);
            double[] advantages = {1.0, -0.5, 0.7, -1.2};
            double[] old = shifted(model, batch, 0.3, rng); // old policy differs, so some ratios are clipped
            double[] ref = shifted(model, batch, 0.5, rng);
            for (Aggregation how : Aggregation.values()) {
                GrpoSettings s = new GrpoSettings(2, 2, 1, 0.2, 0.28, 0.1, true, how, 0);
                LossFunction loss = () -> {
                    try (Scope scope = Scope.of(model)) {
                        return lossValue(model, scope.manager(), batch, advantages, old, ref, s, null);
                    }
                };
                // every parameter for one aggregation; two (input and output side) for the others, to stay quick
                for (String name : how == Aggregation.TOKEN ? CHECKED : List.of(CHECKED.get(1), CHECKED.get(5))) {
                    NDArray p = model.weights().get(name);
                    double[] analytic;
                    try (Scope scope = Scope.of(model)) {
                        model.weights()
                                .arrays()
                                .forEach(a -> a.getGradient().subi(a.getGradient())); // gradients accumulate
                        lossValue(model, scope.manager(), batch, advantages, old, ref, s, p);
                        analytic = p.getGradient().toDoubleArray();
                    }
                    double[] values = p.toDoubleArray();
                    for (int trial = 0; trial < 2; trial++) {
                        int i = rng.nextInt(values.length);
                        double h = 1e-6;
                        double saved = values[i];
                        values[i] = saved + h;
                        p.set(values);
                        double up = loss.value();
                        values[i] = saved - h;
                        p.set(values);
                        double down = loss.value();
                        values[i] = saved;
                        p.set(values);
                        double numeric = (up - down) / (2 * h);
                        assertThat(analytic[i])
                                .as("%s %s[%d]", how, name, i)
                                .isCloseTo(numeric, Offset.offset(1e-7 + 1e-5 * Math.abs(numeric)));
                    }
                }
            }
        }
    }

    private interface LossFunction {
        double value();
    }

    /** The loss; with {@code collect} set, also back-propagates into the gradients. */
    private static double lossValue(
            VisionLanguageModel model,
            NDManager m,
            TokenBatch batch,
            double[] advantages,
            double[] oldLogProbs,
            double[] refLogProbs,
            GrpoSettings s,
            NDArray collect) {
        Shape shape = new Shape(batch.rows(), batch.completionColumns());
        NDArray old = m.create(oldLogProbs, shape);
        NDArray ref = m.create(refLogProbs, shape);
        NDArray adv = m.create(advantages);
        if (collect == null) {
            CompletionScores now = model.completionScores(m, batch, 1.0);
            return GrpoLoss.of(now.logProbs(), old, ref, adv, now.mask(), s, 6, GrpoLoss.Batch.of(now.mask()))
                    .loss()
                    .getDouble();
        }
        try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
            CompletionScores now = model.completionScores(m, batch, 1.0);
            NDArray loss = GrpoLoss.of(now.logProbs(), old, ref, adv, now.mask(), s, 6, GrpoLoss.Batch.of(now.mask()))
                    .loss();
            c.backward(loss);
            return loss.getDouble();
        }
    }

    /** Constant log-probabilities near the model's current ones (Gaussian noise of {@code std}). */
    private static double[] shifted(VisionLanguageModel model, TokenBatch batch, double std, SplittableRandom rng) {
        try (Scope scope = Scope.of(model)) {
            double[] out = model.completionScores(scope.manager(), batch, 1.0)
                    .logProbs()
                    .toDoubleArray();
            for (int i = 0; i < out.length; i++) {
                out[i] += rng.nextGaussian() * std;
            }
            return out;
        }
    }
}
