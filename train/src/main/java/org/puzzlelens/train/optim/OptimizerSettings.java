package org.puzzlelens.train.optim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * @param learningRate peak learning rate, reached after the warm-up
 * @param warmupSteps updates over which the rate rises linearly from lr/warmup to lr
 * @param weightDecay decoupled weight decay of the matrices
 * @param clipNorm global gradient-norm limit (0: no clipping)
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptimizerSettings(
        double learningRate,
        int warmupSteps,
        double weightDecay,
        double clipNorm,
        double beta1,
        double beta2,
        double epsilon) {
    public OptimizerSettings {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (warmupSteps < 0 || weightDecay < 0 || clipNorm < 0) {
            throw new IllegalArgumentException("warm-up, weight decay and clip norm must be >= 0");
        }
    }

    public static OptimizerSettings of(double learningRate, int warmupSteps, double weightDecay, double clipNorm) {
        return new OptimizerSettings(learningRate, warmupSteps, weightDecay, clipNorm, 0.9, 0.999, 1e-8);
    }
}
