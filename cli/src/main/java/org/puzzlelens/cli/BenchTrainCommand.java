package org.puzzlelens.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.puzzlelens.train.bench.TrainBench;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.pretrain.PretrainOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "bench-train",
        mixinStandardHelpOptions = true,
        description =
                "Measure the built-in model: generation tokens/s with and without the KV cache, training tokens/s "
                        + "and MFU (model FLOP/s over this machine's measured matmul peak), seconds per GRPO step, peak memory.")
final class BenchTrainCommand implements Callable<Integer> {
    @Option(names = "--prompts", description = "prompts per GRPO step. Default: ${DEFAULT-VALUE}")
    int prompts = 2;

    @Option(names = "--group-size", description = "Default: ${DEFAULT-VALUE}")
    int groupSize = 8;

    @Option(
            names = "--prompt-tokens",
            description = "text tokens per prompt (the image adds 64 positions). Default: ${DEFAULT-VALUE}")
    int promptTokens = 160;

    @Option(names = "--new-tokens", description = "tokens generated per completion. Default: ${DEFAULT-VALUE}")
    int newTokens = 256;

    @Option(
            names = "--size",
            description = "model size: lab (the study's), small, mini or tiny. Default: ${DEFAULT-VALUE}")
    String size = "lab";

    @Option(names = "--vocab-size", description = "Default: ${DEFAULT-VALUE} (the study's)")
    int vocabSize = 512;

    @Option(names = "--rounds", description = "measured rounds per figure (median). Default: ${DEFAULT-VALUE}")
    int rounds = 3;

    @Override
    public Integer call() {
        TrainBench bench = new TrainBench(prompts * groupSize, promptTokens, newTokens, rounds);
        ModelConfig config = PretrainOptions.config(vocabSize, size);
        System.out.printf(
                Locale.ROOT,
                "bench-train: %s; %s model, %d rows, %d prompt tokens + %d image positions, %d new tokens%n",
                TrainBench.environment(),
                size,
                prompts * groupSize,
                promptTokens,
                config.vision().patches(),
                newTokens);
        MarkdownTable table = new MarkdownTable("measure", "value", "unit");
        for (TrainBench.Figure f :
                bench.run(config, new GrpoSettings(groupSize, prompts, 2, 0.2, 0.28, 0, true, Aggregation.TOKEN, 0))) {
            table.row(f.name(), String.format(Locale.ROOT, f.value() >= 100 ? "%.0f" : "%.2f", f.value()), f.unit());
        }
        System.out.print(table);
        return 0;
    }
}
