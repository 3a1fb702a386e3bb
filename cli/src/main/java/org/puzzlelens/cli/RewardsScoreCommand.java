package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.design.Design;
import org.puzzlelens.rewards.offline.BehaviourTally;
import org.puzzlelens.rewards.offline.OfflineScorer;
import org.puzzlelens.rewards.offline.Tally;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "score",
        mixinStandardHelpOptions = true,
        description = {
            "Score a JSON Lines file of completions under reward designs, and measure their behaviour.",
            "Each line: {\"id\": <record id in --suite> | \"label\": <export label> | \"record\": {...}, "
                    + "\"completion\" | \"response\" | \"output\": <text>}. Writes one result per line (every design's "
                    + "components, the answer read, perception and behaviour) and prints means. Exit 1 when a line "
                    + "could not be scored."
        })
final class RewardsScoreCommand implements Callable<Integer> {
    @Option(
            names = "--design",
            description = "designs: a name, a comma-separated list, or all. Default: ${DEFAULT-VALUE}")
    String design = "all";

    @Option(names = "--completions", required = true, paramLabel = "FILE.jsonl", description = "completions to score")
    Path completions;

    @Mixin
    SuiteIndexOption suite;

    @Mixin
    DesignOptions designs;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "results. Default: <completions>.scored.jsonl")
    Path out;

    @Option(names = "--max-problems", description = "problems to list. Default: ${DEFAULT-VALUE}")
    int maxProblems = 20;

    @Override
    public Integer call() throws Exception {
        RewardEngine engine = new RewardEngine(designs.designs());
        List<Design> selected = engine.designs().select(design);
        Path target = out != null ? out : completions.resolveSibling(completions.getFileName() + ".scored.jsonl");
        OfflineScorer.Report report = new OfflineScorer(engine, suite.index(), Registry.get())
                .score(completions, selected, target, new ProgressBars());
        MarkdownTable rewards = new MarkdownTable("design", "completions", "mean reward", "mean normalised");
        for (Map.Entry<String, Tally> e : report.byDesign().entrySet()) {
            rewards.row(
                    e.getKey(),
                    e.getValue().count(),
                    fmt(e.getValue().meanTotal()),
                    fmt(e.getValue().meanNormalised()));
        }
        System.out.print(rewards);
        MarkdownTable behaviour = new MarkdownTable(
                "type",
                "completions",
                "accuracy",
                "characters",
                "reasoning steps",
                "self-reflections",
                "visual references",
                "perception recall");
        for (Map.Entry<String, BehaviourTally> e : report.byType().entrySet()) {
            BehaviourTally b = e.getValue();
            behaviour.row(
                    e.getKey(),
                    b.count(),
                    fmt(b.accuracy()),
                    fmt(b.characters()),
                    fmt(b.steps()),
                    fmt(b.reflections()),
                    fmt(b.visualReferences()),
                    fmt(b.perceptionRecall()));
        }
        System.out.println();
        System.out.print(behaviour);
        System.out.println("\nwrote " + report.scored() + " results to " + target);
        report.problems().stream().limit(maxProblems).forEach(p -> System.out.println("problem: " + p));
        if (report.problems().size() > maxProblems) {
            System.out.println("... and " + (report.problems().size() - maxProblems) + " more (--max-problems)");
        }
        return report.problems().isEmpty() ? 0 : 1;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }
}
