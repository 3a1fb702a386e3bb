package org.puzzlelens.train.grpo;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import java.util.LinkedHashMap;
import java.util.Map;
import org.puzzlelens.train.model.CompletionScores;
import org.puzzlelens.train.model.HostData;
import org.puzzlelens.train.model.Scope;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * The optimisation half of a GRPO step: the sampling policy's log-probabilities are fixed first
 * (and the reference's, when beta > 0), then each inner update recomputes the policy's, takes the
 * clipped loss and steps the optimiser. The reference is only ever read.
 */
public final class PolicyUpdate {
    private final VisionLanguageModel policy;
    private final VisionLanguageModel reference;
    private final AdamW optimizer;
    private final GrpoSettings settings;
    private final SamplingOptions sampling;

    /** @param reference the frozen reference, or null when beta is 0 */
    public PolicyUpdate(
            VisionLanguageModel policy,
            VisionLanguageModel reference,
            AdamW optimizer,
            GrpoSettings settings,
            SamplingOptions sampling) {
        this.policy = policy;
        this.reference = reference;
        this.optimizer = optimizer;
        this.settings = settings;
        this.sampling = sampling;
    }

    /** Returns the step's loss, KL (with a reference), clip fraction, entropy, gradient norm and learning rate. */
    public Map<String, Double> apply(TokenBatch batch, double[] advantages) {
        Map<String, Double> m = new LinkedHashMap<>();
        double temperature = Math.max(sampling.temperature(), 1e-6); // scores of the distribution that was sampled
        int n = settings.innerUpdates();
        GrpoLoss.Batch whole = new GrpoLoss.Batch(batch.rows(), batch.completionTokens());
        int rowsPerPass = settings.microBatch() == 0 ? batch.rows() : settings.microBatch();
        try (Scope scope = reference == null ? Scope.of(policy) : Scope.of(policy, reference)) {
            NDManager nd = scope.manager();
            NDArray old = fixedLogProbs(policy, nd, batch, temperature);
            NDArray ref = reference == null ? null : fixedLogProbs(reference, nd, batch, temperature);
            NDArray adv = HostData.owned(nd.create(advantages)).toType(policy.dtype(), false);
            m.put("lr", optimizer.learningRate());
            for (int k = 0; k < n; k++) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    // one pass at a time: its activations are freed before the next pass's are made, and the
                    // gradients of the passes add up in the weights
                    for (int from = 0; from < batch.rows(); from += rowsPerPass) {
                        int to = Math.min(batch.rows(), from + rowsPerPass);
                        try (NDManager pass = nd.newSubManager()) {
                            CompletionScores now = policy.completionScores(pass, batch.rows(from, to), temperature);
                            String rows = from + ":" + to;
                            GrpoLoss loss = GrpoLoss.of(
                                    now.logProbs(),
                                    old.get(rows),
                                    ref == null ? null : ref.get(rows),
                                    adv.get(rows),
                                    now.mask(),
                                    settings,
                                    sampling.maxTokens(),
                                    whole);
                            collector.backward(loss.loss());
                            m.merge(
                                    "loss",
                                    loss.loss().toType(DataType.FLOAT64, false).getDouble() / n,
                                    Double::sum);
                            m.merge("clip_fraction", loss.clipFraction() / n, Double::sum);
                            if (ref != null) {
                                m.merge("kl", loss.kl() / n, Double::sum);
                            }
                            m.merge("entropy", GrpoLoss.share(now.entropy(), now.mask(), whole) / n, Double::sum);
                        }
                    }
                }
                m.merge("grad_norm", optimizer.update(policy.weights()) / n, Double::sum);
            }
        }
        return m;
    }

    /** Log-probabilities that stay constant through the inner updates; the pass's activations are freed at once. */
    private static NDArray fixedLogProbs(
            VisionLanguageModel model, NDManager nd, TokenBatch batch, double temperature) {
        try (NDManager pass = nd.newSubManager()) {
            NDArray logProbs = model.completionScores(pass, batch, temperature).logProbs();
            logProbs.attach(nd);
            return logProbs;
        }
    }
}
