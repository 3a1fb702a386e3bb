package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.puzzlelens.train.pretrain.PretrainOptions;
import org.puzzlelens.train.pretrain.Pretrainer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "pretrain",
        mixinStandardHelpOptions = true,
        description = {
            "Warm-start the built-in vision-language model: train its BPE tokenizer on puzzle text, then the "
                    + "model on generated puzzles (image and text input) with targets from our descriptions and solver "
                    + "traces in a mix of response styles.",
            "Cached by the hash of the options: a second run with the same options prints the cached folder."
        })
final class PretrainCommand implements Callable<Integer> {
    @Mixin
    TrainingPuzzles puzzles = new TrainingPuzzles();

    @Option(names = "--steps", description = "optimiser steps. Default: ${DEFAULT-VALUE}")
    int steps = 300;

    @Option(names = "--batch-size", description = "examples per step. Default: ${DEFAULT-VALUE}")
    int batchSize = 8;

    @Option(names = "--image-share", description = "share of batches in the image condition. Default: ${DEFAULT-VALUE}")
    double imageShare = 0.5;

    @Option(names = "--vocab-size", description = "BPE vocabulary. Default: ${DEFAULT-VALUE}")
    int vocabSize = 2048;

    @Option(
            names = "--tokenizer-puzzles",
            description = "puzzles whose text trains the tokenizer. Default: ${DEFAULT-VALUE}")
    int tokenizerPuzzles = 400;

    @Option(names = "--size", description = "model size: lab, small, mini or tiny. Default: ${DEFAULT-VALUE}")
    String size = "small";

    @Option(names = "--max-sequence", description = "longest prompt + target in tokens. Default: ${DEFAULT-VALUE}")
    int maxSequence = 640;

    @Mixin
    TrainingOptions training = new TrainingOptions(1e-3, 20);

    @Option(
            names = "--constant-lr",
            description = "keep the peak rate to the end instead of the cosine decay to a tenth of it at the last step")
    boolean constantRate;

    @Option(
            names = "--cache",
            paramLabel = "DIR",
            description = "where base models are cached. Default: ${DEFAULT-VALUE}")
    Path cache = Path.of(".puzzlelens-cache");

    @Override
    public Integer call() throws Exception {
        PretrainOptions options = new PretrainOptions(
                puzzles.typeNames(),
                puzzles.preset,
                puzzles.seed,
                steps,
                batchSize,
                imageShare,
                vocabSize,
                tokenizerPuzzles,
                size,
                maxSequence,
                constantRate ? training.settings() : training.settings().withCosineDecay(steps));
        long start = System.nanoTime();
        Path base = new Pretrainer(options).baseModel(cache, new ProgressBars());
        System.out.printf("base model %s (%.0f s)%n", base, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
