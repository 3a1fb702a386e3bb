package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.puzzlelens.eval.report.Document;
import org.puzzlelens.eval.report.Report;
import org.puzzlelens.eval.report.RunData;
import org.puzzlelens.puzzles.core.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write report.md (with charts/*.png) and a self-contained report.html from one or more results "
                    + "files: accuracy per type and condition with Wilson 95%% intervals, the perception gap per type and "
                    + "tag, transcription quality, error attribution, McNemar tests, random-guess baselines, runs side by side."
        })
final class ReportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "RUN.jsonl", description = "results files of `puzzlelens eval`")
    List<Path> runs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder for the report")
    Path out;

    @Option(names = "--title", description = "Default: ${DEFAULT-VALUE}")
    String title = "PuzzleLens evaluation";

    @Override
    public Integer call() throws Exception {
        List<RunData> data = RunData.load(runs);
        Document doc = Report.build(
                data,
                Registry.get(),
                title,
                List.of(
                        "Every completion, sample by sample (image, "
                                + "prompt, completion, facts): `puzzlelens view RUN.jsonl --suite SUITE` writes a viewer page."));
        for (Path p : Report.write(doc, out)) {
            System.out.println("wrote " + p);
        }
        return 0;
    }
}
