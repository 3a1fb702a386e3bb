package org.puzzlelens.train.grpo;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        List<Rows> passes =
                Rows.passes(batch.rows(), settings.microBatch() == 0 ? batch.rows() : settings.microBatch());
        try (Scope scope = reference == null ? Scope.of(policy) : Scope.of(policy, reference)) {
            NDManager nd = scope.manager();
            NDArray old = fixedLogProbs(policy, nd, batch, temperature, passes);
            NDArray ref = reference == null ? null : fixedLogProbs(reference, nd, batch, temperature, passes);
            NDArray adv = HostData.owned(nd.create(advantages)).toType(policy.dtype(), false);
            m.put("lr", optimizer.learningRate());
            for (int k = 0; k < n; k++) {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    // one pass at a time: its activations are freed before the next pass's are made, and the
                    // gradients of the passes add up in the weights
                    for (Rows part : passes) {
                        try (NDManager pass = nd.newSubManager()) {
                            CompletionScores now = policy.completionScores(pass, part.of(batch), temperature);
                            String rows = part.index();
                            GrpoLoss loss = GrpoLoss.of(
                                    now.logProbs(),
                                    inPass(old.get(rows), pass),
                                    ref == null ? null : inPass(ref.get(rows), pass),
                                    inPass(adv.get(rows), pass),
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

    /**
     * A pass's rows of the step's arrays live and die with the pass. Left in the step's manager, each pass
     * left these small arrays among its freed activations, glibc could not reuse that memory for the next
     * pass, and a GRPO step grew by a pass's activations each pass: to 1.3 GB resident with 0.14 GB in use
     * (docs/PERFORMANCE.md, "The study's memory").
     */
    private static NDArray inPass(NDArray rows, NDManager pass) {
        rows.attach(pass);
        return rows;
    }

    /**
     * Log-probabilities that stay constant through the inner updates, in the update's passes: a pass's
     * activations are freed before the next pass's are made (over a whole batch of 32 they were the
     * largest arrays of a study, docs/PERFORMANCE.md), and the first inner update's ratio of a row is
     * computed from the same shapes as its fixed log-probabilities.
     */
    private static NDArray fixedLogProbs(
            VisionLanguageModel model, NDManager nd, TokenBatch batch, double temperature, List<Rows> passes) {
        NDList parts = new NDList();
        for (Rows part : passes) {
            try (NDManager pass = nd.newSubManager()) {
                NDArray logProbs = model.completionScores(pass, part.of(batch), temperature)
                        .logProbs();
                logProbs.attach(nd);
                parts.add(logProbs);
            }
        }
        if (parts.size() == 1) {
            return parts.singletonOrThrow();
        }
        NDArray whole = NDArrays.concat(parts);
        parts.close();
        return whole;
    }

    /** The rows {@code from..to-1} of a batch: one forward and backward pass of an update. */
    private record Rows(int from, int to) {
        /** A batch of {@code rows} rows cut into passes of {@code perPass}, the last one shorter. */
        static List<Rows> passes(int rows, int perPass) {
            List<Rows> passes = new ArrayList<>();
            for (int from = 0; from < rows; from += perPass) {
                passes.add(new Rows(from, Math.min(rows, from + perPass)));
            }
            return passes;
        }

        TokenBatch of(TokenBatch batch) {
            return batch.rows(from, to);
        }

        /** The rows as a DJL index of the first axis. */
        String index() {
            return from + ":" + to;
        }
    }
}
