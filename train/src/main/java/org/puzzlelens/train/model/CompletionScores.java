package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * What a model says about the completion part of a {@link TokenBatch}, from one full forward pass:
 * the log-probability of each completion token and the entropy of each next-token distribution
 * (both [rows, completion columns]), and the completion mask.
 */
public record CompletionScores(NDArray logProbs, NDArray entropy, NDArray mask) {

    /**
     * @param temperature the sampling temperature: scores are of the distribution that was sampled
     */
    public static CompletionScores of(VisionLanguageModel model, NDManager m, TokenBatch batch, double temperature) {
        int prefix = batch.pixels() == null ? 0 : model.config().vision().patches();
        NDArray hidden = Decoding.hidden(model, m, batch, prefix, null);
        int from = prefix + batch.promptLength() - 1;
        NDArray predicting = hidden.get(":, " + from + ":" + (from + batch.completionColumns()) + ", :");
        NDArray logProbs = model.logits(predicting).div(temperature).logSoftmax(-1);
        NDArray targets = batch.ids(m, batch.tokens(), batch.promptLength(), batch.columns());
        NDArray chosen = logProbs.gather(targets.expandDims(-1), -1).squeeze(-1);
        NDArray entropy = logProbs.exp().mul(logProbs).sum(new int[] {-1}).neg();
        return new CompletionScores(chosen, entropy, batch.completionMask(m, model.dtype()));
    }

    /** Mean negative log-likelihood of the completion tokens: the supervised (warm-start) loss. */
    public NDArray crossEntropy() {
        return logProbs.mul(mask).sum().neg().div(mask.sum());
    }
}
