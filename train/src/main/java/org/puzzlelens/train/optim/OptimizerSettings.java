package org.puzzlelens.train.optim;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * @param learningRate peak learning rate, reached after the warm-up
 * @param warmupSteps updates over which the rate rises linearly from lr/warmup to lr
 * @param weightDecay decoupled weight decay of the matrices
 * @param clipNorm global gradient-norm limit (0: no clipping)
 * @param decaySteps when positive, the rate follows a cosine from its peak after the warm-up down to a
 *     tenth of it at this update, and stays there; 0 keeps the peak rate
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OptimizerSettings(
        double learningRate,
        int warmupSteps,
        double weightDecay,
        double clipNorm,
        double beta1,
        double beta2,
        double epsilon,
        int decaySteps) {
    /** The floor of the cosine decay, as a share of the peak rate. */
    static final double DECAY_FLOOR = 0.1;

    public OptimizerSettings {
        if (!(learningRate > 0)) {
            throw new IllegalArgumentException("learning rate must be > 0, got " + learningRate);
        }
        if (warmupSteps < 0 || weightDecay < 0 || clipNorm < 0 || decaySteps < 0) {
            throw new IllegalArgumentException("warm-up, weight decay, clip norm and decay steps must be >= 0");
        }
    }

    public static OptimizerSettings of(double learningRate, int warmupSteps, double weightDecay, double clipNorm) {
        return new OptimizerSettings(learningRate, warmupSteps, weightDecay, clipNorm, 0.9, 0.999, 1e-8, 0);
    }

    /** The same settings with the rate decaying by a cosine to a tenth of its peak at update {@code steps}. */
    public OptimizerSettings withCosineDecay(int steps) {
        return new OptimizerSettings(learningRate, warmupSteps, weightDecay, clipNorm, beta1, beta2, epsilon, steps);
    }

    /** The rate of update {@code step} (counted from 0): linear warm-up, then the peak or the cosine decay. */
    public double learningRate(long step) {
        if (step < warmupSteps) {
            return learningRate * (step + 1.0) / warmupSteps;
        }
        if (decaySteps <= warmupSteps) {
            return learningRate;
        }
        double progress = Math.min(1.0, (double) (step - warmupSteps) / (decaySteps - warmupSteps));
        return learningRate * (DECAY_FLOOR + (1 - DECAY_FLOOR) * 0.5 * (1 + Math.cos(Math.PI * progress)));
    }
}
