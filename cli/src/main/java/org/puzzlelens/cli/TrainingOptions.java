package org.puzzlelens.cli;

import org.puzzlelens.train.optim.OptimizerSettings;
import picocli.CommandLine.Option;

/** Optimiser options shared by `pretrain` and `train`. */
final class TrainingOptions {
    @Option(names = "--lr", description = "peak learning rate (AdamW). Default: ${DEFAULT-VALUE}")
    double learningRate;

    @Option(names = "--warmup", description = "warm-up updates (linear). Default: ${DEFAULT-VALUE}")
    int warmup;

    @Option(names = "--weight-decay", description = "AdamW decoupled weight decay. Default: ${DEFAULT-VALUE}")
    double weightDecay = 0.01;

    @Option(names = "--clip", description = "global gradient-norm clip (0: none). Default: ${DEFAULT-VALUE}")
    double clip = 1.0;

    TrainingOptions(double learningRate, int warmup) {
        this.learningRate = learningRate;
        this.warmup = warmup;
    }

    OptimizerSettings settings() {
        return OptimizerSettings.of(learningRate, warmup, weightDecay, clip);
    }
}
