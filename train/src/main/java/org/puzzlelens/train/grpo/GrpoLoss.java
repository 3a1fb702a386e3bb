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
            int maxTokens) {
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
            kl = masked(k3, mask);
        }
        NDArray clipped =
                ratio.lt(1 - s.epsLow()).logicalOr(ratio.gt(1 + s.epsHigh())).toType(mask.getDataType(), false);
        return new GrpoLoss(aggregate(perToken.mul(mask), mask, s.aggregation(), maxTokens), masked(clipped, mask), kl);
    }

    private static NDArray aggregate(NDArray maskedLoss, NDArray mask, Aggregation how, int maxTokens) {
        long rows = mask.getShape().get(0);
        return switch (how) {
            case TOKEN -> maskedLoss.sum().div(mask.sum().maximum(1));
            case SEQUENCE ->
                maskedLoss
                        .sum(new int[] {1})
                        .div(mask.sum(new int[] {1}).maximum(1))
                        .mean();
            case CONSTANT -> {
                NDArray total = maskedLoss.sum();
                yield total.div(HostData.scalar(total, (double) rows * maxTokens));
            }
        };
    }

    /** Mean of {@code x} over the masked-in positions, as a Java number (a metric, not part of the graph). */
    static double masked(NDArray x, NDArray mask) {
        double n = mask.sum().toType(DataType.FLOAT64, false).getDouble();
        return n == 0
                ? 0
                : x.stopGradient()
                                .mul(mask)
                                .sum()
                                .toType(DataType.FLOAT64, false)
                                .getDouble()
                        / n;
    }
}
