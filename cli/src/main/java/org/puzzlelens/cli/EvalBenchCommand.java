package org.puzzlelens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.bench.HarnessBenchmark;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure the requests per second the harness sustains against an in-process OpenAI-compatible "
                    + "server on 127.0.0.1 that answers instantly, and the CPU time per request of harness and server.",
            "The instances are generated into a temporary folder (512 px images); see docs/EVALUATION.md, Performance."
        })
final class EvalBenchCommand implements Callable<Integer> {
    @Option(names = "--types", description = "Default: ${DEFAULT-VALUE}")
    String types = "clock,maze";

    @Option(names = "--count", description = "instances per type. Default: ${DEFAULT-VALUE}")
    int count = 16;

    @Option(
            names = "--requests",
            description = "requests per measurement (after a warm-up of a fifth). Default: ${DEFAULT-VALUE}")
    int requests = 20_000;

    @Option(names = "--concurrency", split = ",", description = "requests in flight, comma-separated. Default: 8,64")
    List<Integer> concurrency = List.of(8, 64);

    @Option(names = "--conditions", description = "Default: ${DEFAULT-VALUE}")
    String conditions = "text,image";

    @Override
    public Integer call() throws Exception {
        if (requests < 1 || count < 1) {
            throw new IllegalArgumentException("--requests and --count must be >= 1");
        }
        Path work = Files.createTempDirectory("puzzlelens-eval-bench");
        new SuiteWriter(Runtime.getRuntime().availableProcessors())
                .write(
                        work.resolve("suite"),
                        new SuiteSpec(Registry.get().select(types), count, 1, Preset.ALGOPUZZLEVQA, 512),
                        Progress.NONE);
        List<EvalItem> items = new ItemLoader(Registry.get()).load(List.of(work.resolve("suite")), null, 0);
        System.out.printf(
                Locale.ROOT,
                "eval bench: %d instances, %d requests per figure, %d cores, %s%n",
                items.size(),
                requests,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        MarkdownTable table = new MarkdownTable(
                "condition",
                "in flight",
                "requests",
                "seconds",
                "requests/s",
                "harness CPU ms/request",
                "server CPU ms/request",
                "cores busy");
        for (Condition c : Condition.parseList(conditions)) {
            for (int n : concurrency) {
                HarnessBenchmark.Result r = HarnessBenchmark.measure(items, c, n, requests, work);
                table.row(
                        c.id(),
                        n,
                        r.requests(),
                        String.format(Locale.ROOT, "%.2f", r.seconds()),
                        String.format(Locale.ROOT, "%.0f", r.requestsPerSecond()),
                        String.format(Locale.ROOT, "%.3f", r.harnessCpuMsPerRequest()),
                        String.format(Locale.ROOT, "%.3f", r.serverCpuMsPerRequest()),
                        String.format(Locale.ROOT, "%.2f", r.coresBusy()));
            }
        }
        System.out.print(table);
        return 0;
    }
}
