package org.puzzlelens.eval.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.eval.attribution.Attribution;
import org.puzzlelens.eval.attribution.Tally;
import org.puzzlelens.eval.attribution.Verdict;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.FactScore;
import org.puzzlelens.puzzles.core.Registry;

/**
 * The report over one or more runs: accuracy per type and condition with Wilson 95% intervals, the
 * perception gap (text minus image) per type and per tag, transcription quality, the error
 * attribution, McNemar tests between conditions, the random-guess baseline, runs side by side.
 */
public final class Report {
    private final List<RunData> runs;
    private final Groups groups;
    private final Document doc;
    private final Palette palette;

    private Report(List<RunData> runs, Registry registry, String title) {
        this.runs = List.copyOf(runs);
        this.groups = new Groups(registry, runs);
        this.doc = new Document(title);
        this.palette = new Palette(runs.stream().map(RunData::name).toList());
    }

    public static Document build(List<RunData> runs, Registry registry, String title) {
        return build(runs, registry, title, List.of());
    }

    /** @param preface paragraphs after the headline, before the tables (a link to the sample viewer, say) */
    public static Document build(List<RunData> runs, Registry registry, String title, List<String> preface) {
        Report r = new Report(runs, registry, title);
        Headline.of(
                        runs,
                        r.conditions().stream().filter(Condition::asksForAnswer).toList())
                .forEach(r.doc::paragraph);
        preface.forEach(r.doc::paragraph);
        r.runsSection();
        r.overallSection();
        r.perTypeSection();
        r.gapSection();
        r.transcriptionSection();
        r.attributionSection();
        r.pairedSection();
        r.notes();
        return r.doc;
    }

    /** Writes {@code report.md} (with {@code charts/}) and {@code report.html} into {@code dir}. */
    public static List<Path> write(Document doc, Path dir) throws IOException {
        return List.of(MarkdownWriter.write(doc, dir), HtmlWriter.write(doc, dir));
    }

    private void runsSection() {
        doc.heading(1, "Runs");
        List<List<String>> rows = new ArrayList<>();
        for (RunData run : runs) {
            long unparseable = run.ok().stream().filter(EvalResult::unparseable).count();
            long in = run.ok().stream().mapToLong(EvalResult::inputTokens).sum();
            long out = run.ok().stream().mapToLong(EvalResult::outputTokens).sum();
            rows.add(List.of(
                    run.name(),
                    run.settings(),
                    String.valueOf(run.ok().size()),
                    String.valueOf(run.failed()),
                    String.valueOf(unparseable),
                    Fmt.tokens(in),
                    Fmt.tokens(out)));
        }
        doc.table(
                List.of(
                        "run",
                        "settings",
                        "results",
                        "failed (left out)",
                        "unparseable",
                        "input tokens",
                        "output tokens"),
                rows);
    }

    private void overallSection() {
        doc.heading(1, "Accuracy overall");
        List<Condition> conditions = conditions();
        List<String> header = new ArrayList<>(List.of("run", "group", "random guess"));
        conditions.forEach(c -> header.add(c.id()));
        List<List<String>> rows = new ArrayList<>();
        for (RunData run : runs) {
            for (Groups.Group g : groups.overallGroups()) {
                List<String> row =
                        new ArrayList<>(List.of(run.name(), g.name(), Fmt.percent(run.randomBaseline(g.types()))));
                conditions.forEach(c -> row.add(run.accuracy(c, g.types()).withInterval()));
                rows.add(row);
            }
        }
        doc.table(header, rows);
        List<Charts.Series> series = new ArrayList<>();
        for (RunData run : runs) {
            List<Double> values = new ArrayList<>();
            List<double[]> intervals = new ArrayList<>();
            for (Condition c : conditions) {
                Proportion p = run.accuracy(c, t -> true);
                values.add(p.percentValue());
                intervals.add(p.percentInterval());
            }
            series.add(new Charts.Series(run.name(), values, intervals));
        }
        doc.chart(
                "overall",
                "Accuracy per condition, runs side by side (whiskers: 95% Wilson interval; dashed: random guess)",
                Charts.bars(
                        "Accuracy per condition",
                        Charts.Axis.percent("accuracy (%)", baselinePercent()),
                        conditions.stream().map(Condition::id).toList(),
                        series,
                        palette));
    }

    private void perTypeSection() {
        for (RunData run : runs) {
            doc.heading(1, "Accuracy per type: " + run.name());
            List<Condition> conditions = List.copyOf(run.conditions());
            List<String> header = new ArrayList<>(List.of("type", "random guess"));
            conditions.forEach(c -> header.add(c.id()));
            header.add("unparseable");
            List<List<String>> rows = new ArrayList<>();
            List<Charts.Series> series = new ArrayList<>();
            conditions.forEach(c -> series.add(new Charts.Series(c.id(), new ArrayList<>(), new ArrayList<>())));
            for (Groups.Group g : groups.typeGroups()) {
                List<String> row = new ArrayList<>(List.of(g.name(), Fmt.percent(run.randomBaseline(g.types()))));
                long unparseable = 0;
                long answered = 0;
                for (int i = 0; i < conditions.size(); i++) {
                    Proportion p = run.accuracy(conditions.get(i), g.types());
                    row.add(p.withInterval());
                    series.get(i).values().add(p.percentValue());
                    series.get(i).intervals().add(p.percentInterval());
                    if (conditions.get(i).asksForAnswer()) {
                        List<EvalResult> lines = run.under(conditions.get(i), g.types());
                        unparseable +=
                                lines.stream().filter(EvalResult::unparseable).count();
                        answered += lines.size();
                    }
                }
                row.add(unparseable + "/" + answered);
                rows.add(row);
            }
            doc.table(header, rows);
            doc.chart(
                    "accuracy-" + Fmt.slug(run.name()),
                    "Accuracy per type and condition, " + run.name()
                            + " (whiskers: 95% Wilson interval; dashed: mean random guess)",
                    Charts.bars(
                            "Accuracy per type: " + run.name(),
                            Charts.Axis.percent("accuracy (%)", baselinePercent()),
                            groups.types(),
                            series,
                            palette));
        }
    }

    private void gapSection() {
        List<RunData> both = runs.stream()
                .filter(r -> r.conditions().contains(Condition.IMAGE)
                        && r.conditions().contains(Condition.TEXT))
                .toList();
        if (both.isEmpty()) {
            return;
        }
        doc.heading(1, "Perception gap (text minus image)");
        doc.paragraph("Accuracy with the textual description minus accuracy with the image, in percentage points; "
                + "p is McNemar's exact test on the instances answered under both. A large positive gap means "
                + "perception, not reasoning, binds.");
        gapTable(both, "type", groups.typeGroups(), "gap-per-type");
        gapTable(both, "tag", groups.tagGroups(), "gap-per-tag");
    }

    private void gapTable(List<RunData> both, String what, List<Groups.Group> rowsOf, String chartName) {
        List<String> header = new ArrayList<>(List.of(what));
        both.forEach(r -> header.add(r.name() + ": gap pts (p)"));
        List<List<String>> rows = new ArrayList<>();
        List<Charts.Series> series = new ArrayList<>();
        both.forEach(r -> series.add(new Charts.Series(r.name(), new ArrayList<>())));
        for (Groups.Group g : rowsOf) {
            List<String> row = new ArrayList<>(List.of(g.name()));
            for (int i = 0; i < both.size(); i++) {
                RunData run = both.get(i);
                double gap = run.accuracy(Condition.TEXT, g.types()).rate()
                        - run.accuracy(Condition.IMAGE, g.types()).rate();
                row.add(Fmt.points(gap) + " (p="
                        + Fmt.p(run.paired(Condition.TEXT, Condition.IMAGE, g.types())
                                .pValue()) + ")");
                series.get(i).values().add(100 * gap);
            }
            rows.add(row);
        }
        doc.table(header, rows);
        doc.chart(
                chartName,
                "Perception gap per " + what + " (text minus image, points)",
                Charts.bars(
                        "Perception gap per " + what,
                        Charts.Axis.of("text minus image accuracy (points)"),
                        rowsOf.stream().map(Groups.Group::name).toList(),
                        series,
                        palette));
    }

    private void transcriptionSection() {
        List<RunData> with = runs.stream()
                .filter(r -> r.conditions().contains(Condition.TRANSCRIBE))
                .toList();
        if (with.isEmpty()) {
            return;
        }
        doc.heading(1, "Transcription");
        doc.paragraph("Facts parsed from the model's transcription, graded against the true state (micro-averaged "
                + "precision and recall); exact: the whole state right; sufficient: our solver, run on the "
                + "transcribed state, reaches the gold answer.");
        for (RunData run : with) {
            List<List<String>> rows = new ArrayList<>();
            List<Groups.Group> all = new ArrayList<>(groups.typeGroups());
            all.addAll(groups.overallGroups());
            for (Groups.Group g : all) {
                List<EvalResult> lines = run.under(Condition.TRANSCRIBE, g.types());
                if (lines.isEmpty()) {
                    continue;
                }
                FactScore sum = new FactScore(0, 0, 0, 0, 0);
                Proportion exact = Proportion.NONE;
                Proportion sufficient = Proportion.NONE;
                for (EvalResult r : lines) {
                    sum = sum.plus(r.transcription().facts());
                    exact = exact.plus(r.transcription().exact());
                    sufficient = sufficient.plus(r.transcription().sufficient());
                }
                rows.add(List.of(
                        g.name(),
                        String.valueOf(lines.size()),
                        Fmt.percent(sum.precision()),
                        Fmt.percent(sum.recall()),
                        exact.withInterval(),
                        sufficient.withInterval()));
            }
            doc.heading(2, run.name());
            doc.table(
                    List.of("type", "transcriptions", "fact precision", "fact recall", "exact state", "sufficient"),
                    rows);
        }
    }

    private void attributionSection() {
        doc.heading(1, "Error attribution");
        doc.paragraph(
                "Each wrong answer with the image is charged to perception (insufficient transcription, or "
                        + "right from the text but wrong with the image), to reasoning (wrong even from the true description), "
                        + "to both, or is unexplained (right from text and a sufficient transcription). The error rates are "
                        + "over the cases that can tell them: perception from transcribe (else text-right cases), reasoning from text.");
        for (RunData run : runs) {
            doc.heading(2, run.name());
            List<Groups.Group> all = new ArrayList<>(groups.typeGroups());
            all.addAll(groups.tagGroups());
            all.addAll(groups.overallGroups());
            List<String> header = new ArrayList<>(List.of("group", "cases"));
            for (Verdict v : Verdict.values()) {
                header.add(v.label());
            }
            header.add("perception error rate");
            header.add("reasoning error rate");
            List<List<String>> rows = new ArrayList<>();
            for (Groups.Group g : all) {
                Tally t = tally(run, g);
                List<String> row = new ArrayList<>(List.of(g.name(), String.valueOf(t.cases())));
                for (Verdict v : Verdict.values()) {
                    row.add(String.valueOf(t.count(v)));
                }
                row.add(new Proportion(t.perceptionFailures(), t.perceptionKnown()).withInterval());
                row.add(new Proportion(t.reasoningFailures(), t.reasoningKnown()).withInterval());
                rows.add(row);
            }
            doc.table(header, rows);
            List<Charts.Series> series = new ArrayList<>();
            for (Verdict v : Verdict.values()) {
                if (v != Verdict.CORRECT) {
                    series.add(new Charts.Series(
                            v.label(),
                            groups.typeGroups().stream()
                                    .map(g -> (double) tally(run, g).count(v))
                                    .toList()));
                }
            }
            doc.chart(
                    "attribution-" + Fmt.slug(run.name()),
                    "Wrong image answers by cause, per type, " + run.name(),
                    Charts.bars(
                            "Error attribution: " + run.name(),
                            Charts.Axis.stacked("wrong image answers (count)"),
                            groups.types(),
                            series,
                            palette));
        }
    }

    private static Tally tally(RunData run, Groups.Group g) {
        Tally t = Tally.EMPTY;
        for (Attribution.Case c : run.cases(g.types())) {
            t = t.add(c);
        }
        return t;
    }

    private void pairedSection() {
        doc.heading(1, "Paired tests between conditions (McNemar)");
        doc.paragraph("Over the (instance, sample)s answered under both conditions; transcribe counts as right when "
                + "the transcription is sufficient. p: exact two-sided McNemar test.");
        List<List<String>> rows = new ArrayList<>();
        for (RunData run : runs) {
            List<Condition> cs = List.copyOf(run.conditions());
            for (int i = 0; i < cs.size(); i++) {
                for (int j = i + 1; j < cs.size(); j++) {
                    McNemar m = run.paired(cs.get(i), cs.get(j), t -> true);
                    rows.add(List.of(
                            run.name(),
                            cs.get(i).id() + " vs " + cs.get(j).id(),
                            String.valueOf(m.pairs()),
                            String.valueOf(m.bothRight()),
                            String.valueOf(m.onlyA()),
                            String.valueOf(m.onlyB()),
                            Fmt.p(m.pValue())));
                }
            }
        }
        doc.table(List.of("run", "A vs B", "pairs", "both right", "only A right", "only B right", "p"), rows);
    }

    private void notes() {
        doc.heading(1, "Notes");
        doc.paragraph("Intervals are Wilson score 95% intervals; with several samples per instance each sample "
                + "counts, so intervals are narrower than independent instances would give. Failed requests are "
                + "left out of every denominator (rerun `puzzlelens eval` to retry them); unparseable answers count as "
                + "wrong and are listed in their own column. Random guess: the mean of 1/options over the instances.");
    }

    /** The random-guess accuracy over every instance, in percent (the first run's instances: runs share suites). */
    private double baselinePercent() {
        return 100 * runs.getFirst().randomBaseline(t -> true);
    }

    private List<Condition> conditions() {
        List<Condition> out = new ArrayList<>();
        for (Condition c : Condition.values()) {
            if (runs.stream().anyMatch(r -> r.conditions().contains(c))) {
                out.add(c);
            }
        }
        return out;
    }
}
