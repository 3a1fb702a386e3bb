package org.puzzlelens.eval.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.puzzlelens.eval.attribution.Attribution;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.puzzles.chat.Condition;

/**
 * One run in a report: the results of one label in one results file.
 *
 * @param name the label, with the file name added when several files hold the same label
 * @param ok the lines with status ok (the report's denominators)
 * @param failed how many lines failed (left out; a rerun retries them)
 */
public record RunData(String name, String settings, List<EvalResult> ok, int failed) {
    public RunData {
        ok = List.copyOf(ok);
    }

    /** Reads results files; each label of each file is one run. */
    public static List<RunData> load(List<Path> files) throws IOException {
        Map<String, Map<Path, List<EvalResult>>> byLabel = new LinkedHashMap<>();
        for (Path file : files) {
            for (EvalResult r : ResultsFile.read(file)) {
                byLabel.computeIfAbsent(r.model(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(file, k -> new ArrayList<>())
                        .add(r);
            }
        }
        List<RunData> runs = new ArrayList<>();
        byLabel.forEach((label, perFile) -> perFile.forEach((file, results) -> {
            String name = perFile.size() == 1 ? label : label + " (" + file.getFileName() + ")";
            List<EvalResult> ok = results.stream().filter(EvalResult::ok).toList();
            String settings = results.getFirst().settings();
            runs.add(new RunData(name, settings == null ? "" : settings, ok, results.size() - ok.size()));
        }));
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("no results in " + files + "; run `puzzlelens eval` first");
        }
        return runs;
    }

    public Set<Condition> conditions() {
        Set<Condition> out = EnumSet.noneOf(Condition.class);
        ok.forEach(r -> out.add(Condition.parse(r.condition())));
        return out;
    }

    public List<EvalResult> under(Condition c, Predicate<String> type) {
        return ok.stream()
                .filter(r -> r.condition().equals(c.id()) && type.test(r.type()))
                .toList();
    }

    public Proportion accuracy(Condition c, Predicate<String> type) {
        Proportion p = Proportion.NONE;
        for (EvalResult r : under(c, type)) {
            p = p.plus(r.isCorrect());
        }
        return p;
    }

    public List<Attribution.Case> cases(Predicate<String> type) {
        return Attribution.cases(ok.stream().filter(r -> type.test(r.type())).toList());
    }

    /** Mean chance of a random guess over the distinct instances: 1/options each. */
    public double randomBaseline(Predicate<String> type) {
        Map<String, Integer> options = new LinkedHashMap<>();
        ok.stream()
                .filter(r -> type.test(r.type()))
                .forEach(r -> options.putIfAbsent(r.type() + "/" + r.instance(), r.options()));
        return options.values().stream().mapToDouble(n -> 1.0 / n).average().orElse(Double.NaN);
    }

    /**
     * Paired outcomes of this run (A) and another (B) under one condition, over the (type, instance,
     * sample)s both answered: what a gain of one model over another is tested with.
     */
    public McNemar pairedWith(RunData other, Condition c, Predicate<String> type) {
        return McNemar.of(outcomes(c, type), other.outcomes(c, type));
    }

    private Map<String, Boolean> outcomes(Condition c, Predicate<String> type) {
        Map<String, Boolean> out = new LinkedHashMap<>();
        under(c, type).forEach(r -> out.put(r.type() + "\u0000" + r.instance() + "\u0000" + r.sample(), r.isCorrect()));
        return out;
    }

    /** Paired outcomes of two conditions over the (instance, sample)s run under both. */
    public McNemar paired(Condition a, Condition b, Predicate<String> type) {
        return McNemar.of(outcomes(a, type), outcomes(b, type));
    }
}
