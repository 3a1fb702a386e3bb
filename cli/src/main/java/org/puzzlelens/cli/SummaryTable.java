package org.puzzlelens.cli;

import java.util.List;
import java.util.Locale;
import org.puzzlelens.eval.report.Headline;
import org.puzzlelens.eval.report.Proportion;
import org.puzzlelens.eval.report.RunData;
import org.puzzlelens.puzzles.chat.Condition;

/**
 * The compact table printed when {@code eval} and {@code study} end, as lmms-eval prints one: per
 * model and answering condition the accuracy with its interval beside the random-guess rate, then
 * the headlines, so that a terminal shows at once whether anything was found.
 */
final class SummaryTable {
    private SummaryTable() {}

    static String of(List<RunData> runs) {
        MarkdownTable table = new MarkdownTable("model", "condition", "n", "accuracy", "95% interval", "random guess");
        for (RunData run : runs) {
            for (Condition c : run.conditions()) {
                if (!c.asksForAnswer()) {
                    continue;
                }
                Proportion p = run.accuracy(c, t -> true);
                double[] ci = p.wilson();
                table.row(
                        run.name(),
                        c.id(),
                        p.n(),
                        String.format(Locale.ROOT, "%.1f%%", 100 * p.rate()),
                        String.format(Locale.ROOT, "[%.1f, %.1f]", 100 * ci[0], 100 * ci[1]),
                        String.format(Locale.ROOT, "%.1f%%", 100 * run.randomBaseline(t -> true)));
            }
        }
        StringBuilder out = new StringBuilder(table.toString());
        List<Condition> conditions = runs.stream()
                .flatMap(r -> r.conditions().stream())
                .distinct()
                .sorted()
                .toList();
        Headline.of(runs, conditions.stream().filter(Condition::asksForAnswer).toList())
                .forEach(h -> out.append(h.replace("**", "")).append('\n'));
        return out.toString();
    }
}
