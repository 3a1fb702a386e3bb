package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;

/**
 * What a model says about the completion part of a {@link TokenBatch}, from one full forward pass
 * ({@link VisionLanguageModel#completionScores}):
 * the log-probability of each completion token and the entropy of each next-token distribution
 * (both [rows, completion columns]), and the completion mask.
 */
public record CompletionScores(NDArray logProbs, NDArray entropy, NDArray mask) {

    /** Mean negative log-likelihood of the completion tokens: the supervised (warm-start) loss. */
    public NDArray crossEntropy() {
        return logProbs.mul(mask).sum().neg().div(mask.sum());
    }
}
