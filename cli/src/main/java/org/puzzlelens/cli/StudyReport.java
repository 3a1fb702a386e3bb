package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.puzzlelens.eval.report.Charts;
import org.puzzlelens.eval.report.Document;
import org.puzzlelens.eval.report.Headline;
import org.puzzlelens.eval.report.HtmlWriter;
import org.puzzlelens.eval.report.MarkdownWriter;
import org.puzzlelens.eval.report.McNemar;
import org.puzzlelens.eval.report.Palette;
import org.puzzlelens.eval.report.Proportion;
import org.puzzlelens.eval.report.RunData;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.train.metrics.MetricsLog;

/**
 * The study's summary: accuracy under image and text (the perception gap), gain over the base,
 * in-domain against out-of-domain, behaviour of the completions, per type and per feature tag, and
 * the GRPO runs' last steps; Markdown and HTML with PNG charts, through the evaluation's report
 * writers.
 */
final class StudyReport {
    private static final Condition IMG = Condition.IMAGE;
    private static final Condition TXT = Condition.TEXT;

    private final List<StudyRun> runs;
    private final boolean withOod;
    /** One colour per model in every chart, the base first. */
    private final Palette palette;

    StudyReport(List<StudyRun> runs, boolean withOod) {
        this.runs = List.copyOf(runs);
        this.withOod = withOod;
        this.palette = new Palette(runs.stream().map(StudyRun::label).toList());
    }

    /** Writes report.md, report.html and charts/ into {@code dir}. */
    List<Path> write(Path dir, List<String> findings, List<String> preface, Path grpoDir) throws IOException {
        Document doc = new Document("PuzzleLens study");
        doc.heading(1, "Findings");
        findings.forEach(doc::paragraph);
        List<RunData> results = runs.stream().map(StudyRun::results).toList();
        Headline.of(results, List.of(IMG, TXT)).forEach(doc::paragraph);
        doc.heading(1, "Run");
        preface.forEach(doc::paragraph);
        accuracy(doc);
        gains(doc);
        behaviour(doc);
        categories(doc);
        training(doc, grpoDir);
        return List.of(MarkdownWriter.write(doc, dir), HtmlWriter.write(doc, dir));
    }

    private List<Scope> scopes() {
        List<Scope> s = new ArrayList<>(List.of(new Scope("in-domain", StudyRun.inDomain(true))));
        if (withOod) {
            s.add(new Scope("out-of-domain", StudyRun.inDomain(false)));
        }
        return s;
    }

    private record Scope(String name, Predicate<String> types) {}

    private void accuracy(Document doc) {
        doc.heading(1, "Accuracy: image against text");
        doc.paragraph("Accuracy with 95% Wilson intervals. The perception gap is text minus image accuracy, in points: "
                + "what the model loses when it must read the puzzle from the image instead of our description; p is "
                + "McNemar's exact test over the instances answered under both conditions.");
        List<String> header = new ArrayList<>(List.of("model"));
        for (Scope s : scopes()) {
            header.addAll(List.of(s.name() + " image", s.name() + " text", s.name() + " gap"));
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        List<Charts.Series> series = new ArrayList<>();
        for (Scope s : scopes()) {
            for (Condition c : List.of(IMG, TXT)) {
                categories.add(s.name() + " " + c.id());
            }
        }
        for (StudyRun run : runs) {
            List<String> row = new ArrayList<>(List.of(run.label()));
            List<Double> values = new ArrayList<>();
            List<double[]> intervals = new ArrayList<>();
            for (Scope s : scopes()) {
                Proportion image = run.accuracy(IMG, s.types());
                Proportion text = run.accuracy(TXT, s.types());
                row.addAll(List.of(
                        image.withInterval(),
                        text.withInterval(),
                        withP(text.rate() - image.rate(), run.results().paired(TXT, IMG, s.types()))));
                for (Proportion p : List.of(image, text)) {
                    values.add(p.percentValue());
                    intervals.add(p.percentInterval());
                }
            }
            rows.add(row);
            series.add(new Charts.Series(run.label(), values, intervals));
        }
        doc.table(header, rows);
        for (StudyRun run : runs) {
            if (!run.failures().isEmpty()) {
                doc.paragraph(run.label() + ": " + run.failures().size() + " request(s) failed and are left out of n: "
                        + String.join("; ", run.failures()));
            }
        }
        double baseline = 100 * runs.getFirst().results().randomBaseline(StudyRun.inDomain(true));
        doc.chart(
                "accuracy",
                "Accuracy (%) per model, image and text (whiskers: 95% Wilson interval; dashed: in-domain "
                        + "random guess)",
                Charts.bars(
                        "Accuracy by model and condition",
                        Charts.Axis.percent("accuracy (%)", baseline),
                        categories,
                        series,
                        palette));
    }

    private void gains(Document doc) {
        if (runs.size() < 2) {
            return;
        }
        StudyRun base = runs.getFirst();
        doc.heading(1, "Gain over the base");
        doc.paragraph(
                "Accuracy of each GRPO model minus the base's, in points, with p from McNemar's exact test: every "
                        + "model answers the same (instance, condition) pairs, so the test counts the pairs where exactly one of "
                        + "the two models is right. A small study has few such pairs; a large p is no evidence of a difference.");
        List<String> header = new ArrayList<>(List.of("design"));
        List<String> categories = new ArrayList<>();
        for (Scope s : scopes()) {
            for (Condition c : List.of(IMG, TXT)) {
                header.add(s.name() + " " + c.id());
                categories.add(s.name() + " " + c.id());
            }
        }
        List<List<String>> rows = new ArrayList<>();
        List<Charts.Series> series = new ArrayList<>();
        for (StudyRun run : runs.subList(1, runs.size())) {
            List<String> row = new ArrayList<>(List.of(run.label()));
            List<Double> values = new ArrayList<>();
            for (Scope s : scopes()) {
                for (Condition c : List.of(IMG, TXT)) {
                    double gain = run.accuracy(c, s.types()).rate()
                            - base.accuracy(c, s.types()).rate();
                    row.add(withP(gain, run.results().pairedWith(base.results(), c, s.types())));
                    values.add(100 * gain);
                }
            }
            rows.add(row);
            series.add(new Charts.Series(run.label(), values));
        }
        doc.table(header, rows);
        doc.chart(
                "gain",
                "Accuracy gain over the base (points) per design",
                Charts.bars(
                        "Gain over the base",
                        Charts.Axis.of("accuracy minus the base's (points)"),
                        categories,
                        series,
                        palette));
        gainsPerType(doc, base);
    }

    private void gainsPerType(Document doc, StudyRun base) {
        doc.heading(2, "Gain over the base per type");
        List<String> header = new ArrayList<>(List.of("type"));
        runs.subList(1, runs.size()).forEach(r -> header.addAll(List.of(r.label() + " image", r.label() + " text")));
        List<List<String>> rows = new ArrayList<>();
        for (PuzzleType<?> t : Registry.get().all()) {
            String name = t.info().name();
            Predicate<String> type = name::equals;
            if (base.accuracy(IMG, type).n() + base.accuracy(TXT, type).n() == 0) {
                continue;
            }
            List<String> row = new ArrayList<>(List.of(name));
            for (StudyRun run : runs.subList(1, runs.size())) {
                for (Condition c : List.of(IMG, TXT)) {
                    row.add(withP(
                            run.accuracy(c, type).rate()
                                    - base.accuracy(c, type).rate(),
                            run.results().pairedWith(base.results(), c, type)));
                }
            }
            rows.add(row);
        }
        doc.table(header, rows);
    }

    private void behaviour(Document doc) {
        doc.heading(1, "Behaviour of the completions");
        doc.paragraph(
                "Every in-domain image-condition evaluation completion, read once by the reward library: the share "
                        + "in the complete tagged format (description, think, answer, nothing else), the share with a description, "
                        + "the share of the true facts those descriptions state correctly, the reasoning length in characters, "
                        + "the share that check themselves (\"wait\", \"let me check\"...), the distinct words and numbers of the "
                        + "puzzle's own facts the reasoning uses (visual references), and the share of answers that are the most "
                        + "frequent letter (over 60%: the model has collapsed onto one letter).");
        // each run's completions are summarised once, for the table and every chart
        List<StudyRun.BehaviourSummary> summaries = runs.stream()
                .map(run -> run.behaviourSummary(IMG, StudyRun.inDomain(true)))
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            StudyRun run = runs.get(i);
            StudyRun.BehaviourSummary b = summaries.get(i);
            rows.add(List.of(
                    run.label(),
                    Integer.toString(b.completions()),
                    percent(b.taggedRate()),
                    percent(b.descriptionRate()),
                    percent(b.factAccuracy()),
                    number(b.meanReasoning()),
                    percent(b.selfReflectionRate()),
                    number(b.meanVisualReferences()),
                    b.topLetter() + " " + percent(b.topLetterShare())));
        }
        doc.table(
                List.of(
                        "model",
                        "completions",
                        "tagged format",
                        "description",
                        "facts right",
                        "reasoning characters",
                        "self-reflection",
                        "visual references",
                        "most frequent letter"),
                rows);
        // one quantity per chart: shares, lengths and counts do not share an axis
        behaviourChart(
                doc,
                summaries,
                "behaviour-tagged",
                "completions in the complete tagged format (%)",
                b -> 100 * b.taggedRate());
        behaviourChart(
                doc,
                summaries,
                "behaviour-description",
                "completions with a description (%)",
                b -> 100 * b.descriptionRate());
        behaviourChart(
                doc,
                summaries,
                "behaviour-facts",
                "true facts the descriptions state correctly (%)",
                b -> 100 * b.factAccuracy());
        behaviourChart(
                doc, summaries, "behaviour-reasoning", "reasoning length (characters, mean)", b -> b.meanReasoning());
        behaviourChart(
                doc,
                summaries,
                "behaviour-self-reflection",
                "completions that check themselves (%)",
                b -> 100 * b.selfReflectionRate());
        behaviourChart(
                doc,
                summaries,
                "behaviour-top-letter",
                "answers that are the most frequent letter (%)",
                b -> 100 * b.topLetterShare());
    }

    private void behaviourChart(
            Document doc,
            List<StudyRun.BehaviourSummary> summaries,
            String name,
            String quantity,
            ToDoubleFunction<StudyRun.BehaviourSummary> measure) {
        List<Charts.Series> series = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            series.add(new Charts.Series(runs.get(i).label(), List.of(measure.applyAsDouble(summaries.get(i)))));
        }
        doc.chart(
                name,
                quantity + " per model (in-domain, image)",
                Charts.bars(
                        quantity,
                        quantity.endsWith("(%)") ? Charts.Axis.percent(quantity, null) : Charts.Axis.of(quantity),
                        List.of("in-domain image"),
                        series,
                        palette));
    }

    private void categories(Document doc) {
        doc.heading(1, "Per category");
        doc.paragraph(
                "Correct out of answered, image / text, per puzzle type and per feature tag (AlgoPuzzleVQA's visual "
                        + "and algorithmic tags, PuzzleVQA's concepts).");
        List<String> header = new ArrayList<>(List.of("category"));
        runs.forEach(r -> header.add(r.label() + " image / text"));
        List<List<String>> types = new ArrayList<>();
        for (PuzzleType<?> t : Registry.get().all()) {
            String name = t.info().name();
            categoryRow(types, name, n -> n.equals(name));
        }
        doc.heading(2, "Types");
        doc.table(header, types);
        List<List<String>> tags = new ArrayList<>();
        for (Tag tag : new TreeSet<>(Registry.get().all().stream()
                .flatMap(t -> t.info().tags().stream())
                .toList())) {
            categoryRow(
                    tags,
                    tag.name() + " (" + tag.meaning() + ")",
                    n -> Registry.get().type(n).info().tags().contains(tag));
        }
        doc.heading(2, "Feature tags");
        doc.table(header, tags);
    }

    private void categoryRow(List<List<String>> rows, String name, Predicate<String> types) {
        List<String> row = new ArrayList<>(List.of(name));
        for (StudyRun run : runs) {
            Proportion image = run.accuracy(IMG, types);
            Proportion text = run.accuracy(TXT, types);
            if (image.n() + text.n() == 0) {
                return;
            }
            row.add(image.k() + "/" + image.n() + " / " + text.k() + "/" + text.n());
        }
        rows.add(row);
    }

    private void training(Document doc, Path grpoDir) throws IOException {
        if (runs.size() < 2) {
            return;
        }
        doc.heading(1, "GRPO training");
        doc.paragraph(
                "Means over the last three steps of each run (rollouts of the training prompts, image condition). "
                        + "Curves per run: " + grpoDir + "/<design>/curves/*.png; every step in metrics.jsonl.");
        List<String> keys = List.of(
                "reward",
                "accuracy",
                "response_length",
                "self_reflection_rate",
                "visual_reference_rate",
                "kl",
                "entropy");
        List<String> header = new ArrayList<>(List.of("design", "steps"));
        header.addAll(keys);
        List<List<String>> rows = new ArrayList<>();
        for (StudyRun run : runs.subList(1, runs.size())) {
            List<Map<String, Double>> steps =
                    new MetricsLog(grpoDir.resolve(run.label()).resolve("metrics.jsonl")).read();
            List<Map<String, Double>> last = steps.subList(Math.max(0, steps.size() - 3), steps.size());
            List<String> row = new ArrayList<>(List.of(run.label(), Integer.toString(steps.size())));
            for (String k : keys) {
                row.add(number(last.stream()
                        .mapToDouble(m -> m.getOrDefault(k, Double.NaN))
                        .average()
                        .orElse(Double.NaN)));
            }
            rows.add(row);
        }
        doc.table(header, rows);
    }

    /** A difference in points with its paired test's p-value. */
    private static String withP(double difference, McNemar test) {
        return Double.isNaN(difference) ? points(difference) : points(difference) + " (p=" + test.p() + ")";
    }

    private static String points(double difference) {
        return Double.isNaN(difference) ? "–" : String.format(Locale.ROOT, "%+.1f pt", 100 * difference);
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%.2f", v);
    }
}
