package org.puzzlelens.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.puzzlelens.eval.report.McNemar;
import org.puzzlelens.eval.report.Proportion;
import org.puzzlelens.puzzles.chat.Condition;

/**
 * The study's findings by name: what {@code report/findings.json} carries for scripts, and the
 * sentences the report opens with, both computed here from the same numbers. Every comparison is
 * paired (the same instances under both arms) and tested with McNemar's exact test; every accuracy
 * has its 95% Wilson interval and the random baseline of its instances beside it.
 */
final class StudyFindings {
    static final double ALPHA = 0.05;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<StudyRun> runs;
    private final StudyRun sampledBase;
    private final List<Domain> domains;

    /** A set of types the findings are computed over. */
    record Domain(String name, Predicate<String> types) {}

    /**
     * @param runs the base first, then each trained design, evaluated greedily
     * @param sampledBase the base sampled at temperature 1 under the study prompt (its format share), or null
     */
    StudyFindings(List<StudyRun> runs, StudyRun sampledBase, boolean withOod) {
        this.runs = List.copyOf(runs);
        this.sampledBase = sampledBase;
        this.domains = withOod
                ? List.of(
                        new Domain("in-domain", StudyRun.inDomain(true)),
                        new Domain("out-of-domain", StudyRun.inDomain(false)))
                : List.of(new Domain("in-domain", StudyRun.inDomain(true)));
    }

    /** A paired difference between two arms: the point estimate, a 95% interval and McNemar's p. */
    record Paired(double difference, double low, double high, int pairs, double p) {
        static Paired of(McNemar m) {
            int n = m.pairs();
            if (n == 0) {
                return new Paired(Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN);
            }
            double b = m.onlyB();
            double c = m.onlyA();
            double d = (b - c) / n;
            // Wald interval for a difference of paired proportions, clipped to the possible range
            double se = Math.sqrt(Math.max(0, (b + c) - (b - c) * (b - c) / n)) / n;
            return new Paired(d, Math.max(-1, d - 1.96 * se), Math.min(1, d + 1.96 * se), n, m.pValue());
        }

        boolean significant() {
            return p < ALPHA;
        }

        String text() {
            return String.format(
                    Locale.ROOT, "%+.1f points [%+.1f, %+.1f], %s", 100 * difference, 100 * low, 100 * high, pText(p));
        }
    }

    /** Condition B minus condition A of one model, paired by instance. */
    static Paired gap(StudyRun run, Condition a, Condition b, Predicate<String> types) {
        return Paired.of(run.results().paired(a, b, types));
    }

    /** Model B minus model A under one condition, paired by instance. */
    static Paired gain(StudyRun a, StudyRun b, Condition c, Predicate<String> types) {
        return Paired.of(a.results().pairedWith(b.results(), c, types));
    }

    /** Writes findings.json into {@code dir}; returns its path. */
    Path writeJson(Path dir) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("alpha", ALPHA);
        ObjectNode models = root.putObject("models");
        for (StudyRun run : runs) {
            ObjectNode m = models.putObject(run.label());
            for (Domain d : domains) {
                ObjectNode dom = m.putObject(d.name());
                for (Condition c : List.of(Condition.IMAGE, Condition.TEXT)) {
                    Proportion p = run.accuracy(c, d.types());
                    double[] ci = p.wilson();
                    ObjectNode acc = dom.putObject(c.id());
                    acc.put("accuracy", p.rate())
                            .put("low", ci[0])
                            .put("high", ci[1])
                            .put("n", p.n())
                            .put("baseline", run.results().randomBaseline(d.types()))
                            .put(
                                    "above_baseline",
                                    p.n() > 0 && ci[0] > run.results().randomBaseline(d.types()));
                }
                putPaired(dom.putObject("perception_gap"), gap(run, Condition.IMAGE, Condition.TEXT, d.types()));
            }
            StudyRun.BehaviourSummary b = run.behaviourSummary(Condition.IMAGE, StudyRun.inDomain(true));
            ObjectNode beh = m.putObject("behaviour_in_domain_image");
            beh.put("completions", b.completions())
                    .put("tagged_format_rate", b.taggedRate())
                    .put("description_rate", b.descriptionRate())
                    .put("mean_reasoning_characters", b.meanReasoning())
                    .put("self_reflection_rate", b.selfReflectionRate())
                    .put("mean_visual_references", b.meanVisualReferences())
                    .put("most_frequent_letter", b.topLetter())
                    .put("most_frequent_letter_share", b.topLetterShare())
                    .put("fact_accuracy_of_descriptions", b.factAccuracy());
        }
        if (sampledBase != null) {
            StudyRun.BehaviourSummary t1 = sampledBase.behaviourSummary(Condition.IMAGE, StudyRun.inDomain(true));
            root.putObject("base_temperature_1")
                    .put("completions", t1.completions())
                    .put("tagged_format_rate", t1.taggedRate())
                    .put("description_rate", t1.descriptionRate());
        }
        ArrayNode designs = root.putArray("designs");
        for (StudyRun run : runs.subList(1, runs.size())) {
            ObjectNode d = designs.addObject().put("design", run.label());
            for (Domain dom : domains) {
                ObjectNode g = d.putObject("gain_" + dom.name().replace('-', '_'));
                for (Condition c : List.of(Condition.IMAGE, Condition.TEXT)) {
                    putPaired(g.putObject(c.id()), gain(runs.getFirst(), run, c, dom.types()));
                }
            }
        }
        ObjectNode seeds = root.putObject("designs_over_seeds");
        for (Map.Entry<String, List<StudyRun>> e : replicates().entrySet()) {
            ObjectNode d = seeds.putObject(e.getKey()).put("seeds", e.getValue().size());
            for (Condition c : List.of(Condition.IMAGE, Condition.TEXT)) {
                double[] acc = e.getValue().stream()
                        .mapToDouble(
                                r -> r.accuracy(c, domains.getFirst().types()).rate())
                        .toArray();
                d.putObject("in_domain_" + c.id()).put("mean", mean(acc)).put("sd", sd(acc));
            }
        }
        Files.createDirectories(dir);
        Path file = dir.resolve("findings.json");
        Files.writeString(file, JSON.writeValueAsString(root));
        return file;
    }

    private static void putPaired(ObjectNode o, Paired p) {
        o.put("difference", p.difference())
                .put("low", p.low())
                .put("high", p.high())
                .put("pairs", p.pairs())
                .put("p_value", p.p())
                .put("significant", p.significant());
    }

    /** The findings as sentences, generated from the numbers, for the report's first screen. */
    List<String> sentences() {
        List<String> out = new ArrayList<>();
        StudyRun base = runs.getFirst();
        Domain id = domains.getFirst();
        for (Condition c : List.of(Condition.IMAGE, Condition.TEXT)) {
            Proportion p = base.accuracy(c, id.types());
            double baseline = base.results().randomBaseline(id.types());
            double[] ci = p.wilson();
            String verdict = p.n() == 0
                    ? "no answers"
                    : ci[0] > baseline
                            ? "above the random baseline of " + pct(baseline)
                            : ci[1] < baseline
                                    ? "below the random baseline of " + pct(baseline)
                                    : "not distinguishable from the random baseline of " + pct(baseline);
            out.add(String.format(
                    Locale.ROOT,
                    "Base model, in domain, %s condition: %s [%s, %s] of %d, %s.",
                    c.id(),
                    pct(p.rate()),
                    pct(ci[0]),
                    pct(ci[1]),
                    p.n(),
                    verdict));
        }
        Paired gap = gap(base, Condition.IMAGE, Condition.TEXT, id.types());
        out.add("Perception gap on the base (text minus image, in domain): " + gap.text()
                + (gap.significant()
                        ? ": reading the puzzle from the image costs accuracy that the description restores."
                        : ": no significant difference between reading the image and reading the description."));
        StudyRun.BehaviourSummary seen = base.behaviourSummary(Condition.IMAGE, id.types());
        if (seen.described() > 0) {
            out.add(String.format(
                    Locale.ROOT,
                    "Transcription from the image: the base's image-condition descriptions state "
                            + "%s of the true facts correctly (fact level, over %d descriptions).",
                    pct(seen.factAccuracy()),
                    seen.described()));
        }
        if (sampledBase != null) {
            StudyRun.BehaviourSummary t1 = sampledBase.behaviourSummary(Condition.IMAGE, id.types());
            out.add(String.format(
                    Locale.ROOT,
                    "At temperature 1 under the study prompt the base completes the tagged "
                            + "format (description, think, answer) in %s of %d samples.",
                    pct(t1.taggedRate()),
                    t1.completions()));
        }
        boolean anyGain = false;
        for (StudyRun run : runs.subList(1, runs.size())) {
            List<String> parts = new ArrayList<>();
            for (Domain d : domains) {
                for (Condition c : List.of(Condition.IMAGE, Condition.TEXT)) {
                    Paired g = gain(base, run, c, d.types());
                    anyGain |= g.significant();
                    parts.add(d.name() + " " + c.id() + " " + g.text());
                }
            }
            StudyRun.BehaviourSummary b = run.behaviourSummary(Condition.IMAGE, id.types());
            out.add(String.format(
                    Locale.ROOT,
                    "%s: gain over the base %s; tagged format %s, description %s, most frequent "
                            + "letter %s of answers%s.",
                    run.label(),
                    String.join("; ", parts),
                    pct(b.taggedRate()),
                    pct(b.descriptionRate()),
                    pct(b.topLetterShare()),
                    b.topLetterShare() > 0.6 ? " (collapsed onto one letter)" : ""));
        }
        for (Map.Entry<String, List<StudyRun>> e : replicates().entrySet()) {
            if (e.getValue().size() > 1) {
                List<String> parts = new ArrayList<>();
                for (Condition c : List.of(Condition.IMAGE, Condition.TEXT)) {
                    double[] acc = e.getValue().stream()
                            .mapToDouble(r -> r.accuracy(c, id.types()).rate())
                            .toArray();
                    parts.add(String.format(
                            Locale.ROOT, "%s %s (sd %.1f points)", c.id(), pct(mean(acc)), 100 * sd(acc)));
                }
                out.add(String.format(
                        Locale.ROOT,
                        "%s over %d GRPO seeds, in-domain accuracy: %s.",
                        e.getKey(),
                        e.getValue().size(),
                        String.join(", ", parts)));
            }
        }
        if (runs.size() > 1 && !anyGain) {
            out.add("No design changed accuracy significantly (McNemar, alpha " + ALPHA
                    + ") in any domain or condition: "
                    + "at this scale the designs do not differ in accuracy from the base.");
        }
        return out;
    }

    /** The trained runs grouped by design: replicates are named {@code design-seedK}. */
    private Map<String, List<StudyRun>> replicates() {
        Map<String, List<StudyRun>> out = new LinkedHashMap<>();
        for (StudyRun run : runs.subList(1, runs.size())) {
            int at = run.label().indexOf(StudyCommand.SEED_SUFFIX);
            out.computeIfAbsent(at < 0 ? run.label() : run.label().substring(0, at), k -> new ArrayList<>())
                    .add(run);
        }
        return out;
    }

    private static double mean(double[] v) {
        return Arrays.stream(v).average().orElse(Double.NaN);
    }

    /** Sample standard deviation; 0 for a single value. */
    private static double sd(double[] v) {
        if (v.length < 2) {
            return 0;
        }
        double m = mean(v);
        return Math.sqrt(Arrays.stream(v).map(x -> (x - m) * (x - m)).sum() / (v.length - 1));
    }

    static String pct(double share) {
        return Double.isNaN(share) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }

    static String pText(double p) {
        if (Double.isNaN(p)) {
            return "no pairs";
        }
        return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
    }
}
