package org.puzzlelens.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.puzzlelens.train.bench.TrainBench;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench-train", mixinStandardHelpOptions = true,
        description = "Measure the built-in model at its default size: generation tokens/s with and without the KV cache, "
                + "training tokens/s, seconds per GRPO step, peak memory.")
final class BenchTrainCommand implements Callable<Integer> {
    @Option(names = "--prompts", description = "prompts per GRPO step. Default: ${DEFAULT-VALUE}")
    int prompts = 2;

    @Option(names = "--group-size", description = "Default: ${DEFAULT-VALUE}")
    int groupSize = 8;

    @Option(names = "--prompt-tokens", description = "text tokens per prompt (the image adds 64 positions). Default: ${DEFAULT-VALUE}")
    int promptTokens = 160;

    @Option(names = "--new-tokens", description = "tokens generated per completion. Default: ${DEFAULT-VALUE}")
    int newTokens = 256;

    @Option(names = "--rounds", description = "measured rounds per figure (median). Default: ${DEFAULT-VALUE}")
    int rounds = 3;

    @Override
    public Integer call() {
        TrainBench bench = new TrainBench(prompts * groupSize, promptTokens, newTokens, rounds);
        System.out.printf(Locale.ROOT, "bench-train: %s; %d rows, %d prompt tokens + 64 image positions, %d new tokens%n",
                TrainBench.environment(), prompts * groupSize, promptTokens, newTokens);
        MarkdownTable table = new MarkdownTable("measure", "value", "unit");
        for (TrainBench.Figure f : bench.run(2048, new GrpoSettings(groupSize, prompts, 2, 0.2, 0.28, 0, true,
                Aggregation.TOKEN))) {
            table.row(f.name(), String.format(Locale.ROOT, f.value() >= 100 ? "%.0f" : "%.2f", f.value()), f.unit());
        }
        System.out.print(table);
        return 0;
    }
}
