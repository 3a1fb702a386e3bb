package org.puzzlelens.eval.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.puzzles.chat.Condition;

/**
 * The sentence at the top of a report that says, in words, what its accuracy figures do not show:
 * models at the random-guess rate, models that answered nothing right, and models whose answers do
 * not differ (identical, or no significant paired difference). A report of a non-result must say so
 * before its tables and charts, which otherwise look like a finding.
 */
public final class Headline {
    /** The level below which a paired difference counts as a difference. */
    static final double ALPHA = 0.05;

    private Headline() {}

    /** The headlines of the conditions some run has results under, one paragraph each. */
    public static List<String> of(List<RunData> runs, List<Condition> conditions) {
        return conditions.stream()
                .map(c -> of(runs, c))
                .filter(h -> !h.isEmpty())
                .toList();
    }

    /** The headline over every type under one condition; empty when no run has results under it. */
    public static String of(List<RunData> runs, Condition condition) {
        List<RunData> with = runs.stream()
                .filter(r -> r.accuracy(condition, t -> true).n() > 0)
                .toList();
        if (with.isEmpty()) {
            return "";
        }
        List<String> sentences = new ArrayList<>();
        chance(with, condition, sentences);
        differences(with, condition, sentences);
        return "**Headline (" + condition.id() + "):** " + String.join(" ", sentences);
    }

    private static void chance(List<RunData> runs, Condition condition, List<String> out) {
        List<String> atChance = new ArrayList<>();
        List<String> nothingRight = new ArrayList<>();
        double baseline = runs.getFirst().randomBaseline(t -> true);
        for (RunData run : runs) {
            Proportion p = run.accuracy(condition, t -> true);
            if (p.k() == 0) {
                nothingRight.add(run.name() + " (0/" + p.n() + ")");
            } else if (p.intervalContains(run.randomBaseline(t -> true))) {
                atChance.add(run.name() + " " + Fmt.percent(p.rate()));
            }
        }
        if (!nothingRight.isEmpty()) {
            out.add("Answered nothing right: " + String.join(", ", nothingRight) + ".");
        }
        if (atChance.size() == runs.size()) {
            out.add("No model is above chance: every accuracy's 95% interval contains the random-guess rate ("
                    + Fmt.percent(baseline) + "): " + String.join(", ", atChance) + ".");
        } else if (!atChance.isEmpty()) {
            out.add("At chance (95% interval contains the random-guess rate " + Fmt.percent(baseline) + "): "
                    + String.join(", ", atChance) + ".");
        } else if (nothingRight.isEmpty()) {
            out.add("Every model's 95% interval excludes the random-guess rate (" + Fmt.percent(baseline) + ").");
        }
    }

    private static void differences(List<RunData> runs, Condition condition, List<String> out) {
        if (runs.size() < 2) {
            return;
        }
        List<String> identical = new ArrayList<>();
        List<String> different = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            for (int j = i + 1; j < runs.size(); j++) {
                McNemar m = paired(runs.get(i), runs.get(j), condition);
                String pair = runs.get(i).name() + " and " + runs.get(j).name();
                if (m.onlyA() + m.onlyB() == 0) {
                    identical.add(pair);
                } else if (m.pValue() < ALPHA) {
                    different.add(pair + " (p=" + Fmt.p(m.pValue()) + ")");
                }
            }
        }
        if (!identical.isEmpty()) {
            out.add("Identical right/wrong answers on every shared item: " + String.join("; ", identical) + ".");
        }
        if (different.isEmpty()) {
            out.add("The models do not differ: no pair differs significantly (exact McNemar test, every p >= "
                    + String.format(Locale.ROOT, "%.2f", ALPHA) + ").");
        } else {
            out.add("Significant paired differences: " + String.join("; ", different) + ".");
        }
    }

    /** Paired outcomes of two runs on the (type, instance, sample)s both answered under the condition. */
    static McNemar paired(RunData a, RunData b, Condition condition) {
        Map<String, Boolean> right = new HashMap<>();
        a.under(condition, t -> true).forEach(r -> right.put(key(r), r.isCorrect()));
        List<boolean[]> pairs = new ArrayList<>();
        for (EvalResult r : b.under(condition, t -> true)) {
            Boolean x = right.get(key(r));
            if (x != null) {
                pairs.add(new boolean[] {x, r.isCorrect()});
            }
        }
        return McNemar.of(pairs);
    }

    private static String key(EvalResult r) {
        return r.type() + "\u0000" + r.instance() + "\u0000" + r.sample();
    }
}
