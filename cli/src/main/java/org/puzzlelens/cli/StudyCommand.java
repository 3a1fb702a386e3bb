package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import org.puzzlelens.puzzles.io.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "study", mixinStandardHelpOptions = true,
        description = {"The main job. Generates a seeded suite over every implemented type, re-verifies every instance "
                + "from its released-format fields with the solvers, and writes a summary table.",
                "Resumable: rerun the same command to complete an interrupted study."})
final class StudyCommand implements Callable<Integer> {
    @Mixin
    SuiteOptions suite;

    @Option(names = "--out", paramLabel = "DIR", description = "study folder. Default: ${DEFAULT-VALUE}")
    Path out = Path.of("study-out");

    @Option(names = "--count", description = "instances per type. Default: ${DEFAULT-VALUE}")
    int count = 20;

    @Override
    public Integer call() throws Exception {
        SuiteSpec spec = suite.spec(count);
        Path suiteDir = out.resolve("suite");
        System.out.printf("study: %d types x %d instances, seed %d, preset %s -> %s%n", spec.types().size(), count,
                spec.seed(), spec.preset().id(), out);
        long start = System.nanoTime();
        List<SuiteWriter.TypeResult> written = new SuiteWriter(suite.threads).write(suiteDir, spec, new ProgressBars());
        double generateSeconds = (System.nanoTime() - start) / 1e9;

        List<Path> files = written.stream().map(SuiteWriter.TypeResult::records).toList();
        List<DatasetRecord.Result> lines = Verifier.load(files);
        ProgressBars progress = new ProgressBars();
        progress.begin("verify", lines.size());
        Verifier.Report report;
        try {
            report = new Verifier(Registry.get(), true).verify(lines, progress::advance);
        } finally {
            progress.end();
        }
        String summary = summary(spec, lines, report, generateSeconds);
        Files.createDirectories(out);
        Files.writeString(out.resolve("summary.md"), summary);
        System.out.print(summary);
        System.out.println("wrote " + out.resolve("summary.md") + " and " + suiteDir);
        return report.allAgree() ? 0 : 1;
    }

    private static String summary(SuiteSpec spec, List<DatasetRecord.Result> lines, Verifier.Report report,
            double generateSeconds) throws IOException {
        Map<String, int[]> positions = new LinkedHashMap<>();
        Map<String, double[]> lengths = new LinkedHashMap<>();
        for (DatasetRecord.Result r : lines) {
            if (!r.ok()) {
                continue;
            }
            DatasetRecord rec = r.record();
            int[] pos = positions.computeIfAbsent(rec.typeName(), t -> new int[Options.COUNT]);
            int at = rec.options().indexOf(rec.answer());
            if (at >= 0 && at < pos.length) {
                pos[at]++;
            }
            double[] len = lengths.computeIfAbsent(rec.typeName(), t -> new double[3]);
            len[0] += rec.description().orElse("").split("\\s+").length;
            len[1] += rec.json().path("trace").size();
            len[2]++;
            if (!Files.isRegularFile(rec.image())) {
                throw new IOException(rec.where() + ": image " + rec.image() + " is missing");
            }
        }
        MarkdownTable table = new MarkdownTable("type", "suite", "instances", "verified", "answer at A/B/C/D",
                "description words", "trace steps");
        for (Verifier.TypeTally t : report.tallies()) {
            PuzzleType<?> type = Registry.get().type(t.type());
            int[] pos = positions.getOrDefault(t.type(), new int[Options.COUNT]);
            double[] len = lengths.getOrDefault(t.type(), new double[] {0, 0, 1});
            table.row(t.type(), type.info().inDomain() ? "in-domain" : "out-of-domain", t.records(),
                    t.agreed() + "/" + t.records(),
                    pos[0] + "/" + pos[1] + "/" + pos[2] + "/" + pos[3],
                    String.format(Locale.ROOT, "%.0f", len[0] / len[2]),
                    String.format(Locale.ROOT, "%.1f", len[1] / len[2]));
        }
        List<String> problems = new ArrayList<>();
        report.problems().forEach(p -> problems.add("- " + p));
        return "# PuzzleLens study summary\n\n"
                + String.format(Locale.ROOT, "Seed %d, preset %s, %d instances per type, images %d px; generated in %.1f s.%n%n",
                        spec.seed(), spec.preset().id(), spec.count(), spec.imageSize(), generateSeconds)
                + "Every instance was re-read from its released-format fields (question and `solution`, or caption) and "
                + "re-solved; `verified` counts agreement with the recorded answer.\n\n"
                + table
                + String.format(Locale.ROOT, "%nAll: %d/%d verified.%n", report.agreed(), report.records())
                + (problems.isEmpty() ? "" : "\nProblems:\n" + String.join("\n", problems) + "\n");
    }
}
