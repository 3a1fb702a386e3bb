package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        description = {
            "Re-derive every record's answer from its own fields (question and solution, or our state) with our "
                    + "solvers, and print agreement per type.",
            "Reads released AlgoPuzzleVQA/PuzzleVQA files and our suites alike. Exit 1 when any record disagrees or "
                    + "cannot be read."
        })
final class VerifyCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "FILE.json", description = "JSON Lines record files")
    List<Path> files;

    @Option(names = "--max-problems", description = "problems to list. Default: ${DEFAULT-VALUE}")
    int maxProblems = 20;

    @Override
    public Integer call() throws Exception {
        List<DatasetRecord.Result> lines = Verifier.load(files);
        ProgressBars progress = new ProgressBars();
        progress.begin("verify", lines.size());
        Verifier.Report report;
        try {
            report = new Verifier(Registry.get()).verify(lines, progress::advance);
        } finally {
            progress.end();
        }
        MarkdownTable table = new MarkdownTable("type", "records", "agree", "disagree", "unreadable", "agreement");
        for (Verifier.TypeTally t : report.tallies()) {
            table.row(t.type(), t.records(), t.agreed(), t.disagreed(), t.unreadable(), t.agreed() + "/" + t.records());
        }
        table.row(
                "**all**",
                report.records(),
                report.agreed(),
                report.records()
                        - report.agreed()
                        - report.problems().stream()
                                .filter(p -> p instanceof Verifier.Unreadable)
                                .count(),
                report.problems().stream()
                        .filter(p -> p instanceof Verifier.Unreadable)
                        .count(),
                report.agreed() + "/" + report.records());
        System.out.print(table);
        report.problems().stream().limit(maxProblems).forEach(p -> System.out.println(describe(p)));
        if (report.problems().size() > maxProblems) {
            System.out.println("... and " + (report.problems().size() - maxProblems) + " more (--max-problems)");
        }
        return report.allAgree() ? 0 : 1;
    }

    private static String describe(Verifier.Outcome o) {
        return switch (o) {
            case Verifier.Disagreed d ->
                d.where() + ": record says " + d.recordAnswer() + ", solver says " + d.solverAnswer();
            case Verifier.Unreadable u -> (u.where().isEmpty() ? "" : u.where() + ": ") + u.problem();
            case Verifier.Agreed a -> a.type() + ": agrees";
        };
    }
}
