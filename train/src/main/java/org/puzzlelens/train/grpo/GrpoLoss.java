package org.puzzlelens.train.grpo;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.types.DataType;
import org.puzzlelens.train.model.HostData;

/**
 * The clipped GRPO objective, per completion token t of completion i:
 * {@code -[min(rho A_i, clip(rho, 1 - epsLow, 1 + epsHigh) A_i) - beta KL_t]}, with
 * {@code rho = exp(logp - oldLogp)} and the k3 estimator
 * {@code KL_t = exp(refLogp - logp) - (refLogp - logp) - 1}, aggregated as chosen.
 *
 * @param loss the scalar to minimise
 * @param clipFraction share of completion tokens whose ratio was outside the clip range
 * @param kl mean k3 estimate over completion tokens (0 without a reference)
 */
public record GrpoLoss(NDArray loss, double clipFraction, double kl) {
    /** Log-ratios are clamped to +-20 before exp, and the k3 estimate to +-10 (verl's low_var_kl limits). */
    static final double LOG_RATIO_LIMIT = 20;

    static final double K3_LIMIT = 10;

    /**
     * The rows and completion tokens of the whole batch that a pass over some of its rows belongs to: the
     * pass's loss and metrics are normalised by the whole batch's, so that the passes add up to it.
     */
    public record Batch(int rows, int completionTokens) {
        /** The batch of a completion mask [rows, columns] that covers all of it. */
        public static Batch of(NDArray mask) {
            return new Batch((int) mask.getShape().get(0), (int)
                    mask.sum().toType(DataType.FLOAT64, false).getDouble());
        }
    }

    /**
     * The loss of a pass over some rows of {@code whole} (or over all of it): the passes' losses, and metrics,
     * add up to the whole batch's.
     *
     * @param logProbs [B, C] under the policy being trained (carries gradients)
     * @param oldLogProbs [B, C] under the policy that sampled (constants)
     * @param refLogProbs [B, C] under the frozen reference, or null when beta is 0
     * @param advantages [B]
     * @param mask [B, C] 1 for completion tokens
     * @param maxTokens the completion limit, Dr. GRPO's constant normaliser
     */
    public static GrpoLoss of(
            NDArray logProbs,
            NDArray oldLogProbs,
            NDArray refLogProbs,
            NDArray advantages,
            NDArray mask,
            GrpoSettings s,
            int maxTokens,
            Batch whole) {
        // masked before exp: a padding position's log-ratio can be huge, and inf * 0 would make the loss NaN;
        // clamped as verl clamps its KL: a policy that has moved far from the sampler (or the reference)
        // would otherwise overflow exp to inf, and its gradient to NaN
        NDArray ratio = logProbs.sub(oldLogProbs)
                .mul(mask)
                .clip(-LOG_RATIO_LIMIT, LOG_RATIO_LIMIT)
                .exp();
        NDArray a = advantages.expandDims(1);
        NDArray surrogate = NDArrays.minimum(
                ratio.mul(a), ratio.clip(1 - s.epsLow(), 1 + s.epsHigh()).mul(a));
        NDArray perToken = surrogate.neg();
        double kl = 0;
        if (refLogProbs != null) {
            NDArray d = refLogProbs.sub(logProbs).mul(mask).clip(-LOG_RATIO_LIMIT, LOG_RATIO_LIMIT);
            NDArray k3 = d.exp().sub(d).sub(1).clip(-K3_LIMIT, K3_LIMIT);
            perToken = perToken.add(k3.mul(HostData.scalar(k3, s.beta())));
            kl = share(k3, mask, whole);
        }
        NDArray clipped =
                ratio.lt(1 - s.epsLow()).logicalOr(ratio.gt(1 + s.epsHigh())).toType(mask.getDataType(), false);
        return new GrpoLoss(
                aggregate(perToken.mul(mask), mask, s.aggregation(), maxTokens, whole),
                share(clipped, mask, whole),
                kl);
    }

    private static NDArray aggregate(NDArray maskedLoss, NDArray mask, Aggregation how, int maxTokens, Batch whole) {
        NDArray total = switch (how) {
            case TOKEN, CONSTANT -> maskedLoss.sum();
            case SEQUENCE ->
                maskedLoss
                        .sum(new int[] {1})
                        .div(mask.sum(new int[] {1}).maximum(1))
                        .sum();
        };
        double by = switch (how) {
            case TOKEN -> Math.max(whole.completionTokens(), 1);
            case SEQUENCE -> whole.rows();
            case CONSTANT -> (double) whole.rows() * maxTokens;
        };
        return total.div(HostData.scalar(total, by));
    }

    /**
     * This pass's share of the whole batch's mean of {@code x} over completion tokens, as a Java number (a
     * metric, not part of the graph): the sum over the pass's masked-in positions over the whole's token count.
     */
    static double share(NDArray x, NDArray mask, Batch whole) {
        return whole.completionTokens() == 0
                ? 0
                : x.stopGradient()
                                .mul(mask)
                                .sum()
                                .toType(DataType.FLOAT64, false)
                                .getDouble()
                        / whole.completionTokens();
    }
}
