package org.puzzlelens.cli;

import java.util.concurrent.Callable;
import org.puzzlelens.rewards.design.Component;
import org.puzzlelens.rewards.design.Design;
import org.puzzlelens.rewards.design.Designs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the reward designs (formula, intent) and the components designs are built from.")
final class RewardsListCommand implements Callable<Integer> {
    @Mixin
    DesignOptions options;

    @Override
    public Integer call() throws Exception {
        Designs designs = options.designs();
        MarkdownTable table = new MarkdownTable("design", "formula", "max", "intent");
        for (Design d : designs.all()) {
            table.row(d.name(), d.formula(), fmt(d.maximum()), d.description());
        }
        System.out.print(table);
        MarkdownTable components = new MarkdownTable("component", "value in [0, 1]");
        for (Component c : designs.components().all()) {
            components.row(c.name(), c.meaning());
        }
        System.out.println();
        System.out.print(components);
        return 0;
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
