package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = {
            "Generate a seeded suite: <type>.json (JSON Lines in the released AlgoPuzzleVQA format plus "
                    + "our fields) and images/<type>/*.png (or *.jpg with --image-format jpeg).",
            "Resumable: rerun the same command into the same folder to complete it; nothing complete is rewritten."
        })
final class GenerateCommand implements Callable<Integer> {
    @Mixin
    SuiteOptions suite;

    @Option(names = "--count", required = true, description = "instances per type")
    int count;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "suite folder")
    Path out;

    @Override
    public Integer call() throws Exception {
        SuiteSpec spec = suite.spec(count);
        long start = System.nanoTime();
        List<SuiteWriter.TypeResult> results = new SuiteWriter(suite.threads).write(out, spec, new ProgressBars());
        int made = results.stream().mapToInt(SuiteWriter.TypeResult::generated).sum();
        int kept = results.stream().mapToInt(SuiteWriter.TypeResult::kept).sum();
        System.out.printf(
                "%d instances of %d types in %s: %d generated, %d kept from an earlier run (%.1f s)%n",
                made + kept, results.size(), out, made, kept, (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
