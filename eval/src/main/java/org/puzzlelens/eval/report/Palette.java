package org.puzzlelens.eval.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per name (a model, a design, a condition) for every chart of a report: a name keeps
 * the colour it was first given. Register the models first, in the report's order, so that two
 * reports over the same runs colour them alike. Colours: Okabe and Ito's colour-blind-safe set.
 */
public final class Palette {
    private static final List<String> COLOURS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000", "#999999");
    private final Map<String, String> assigned = new LinkedHashMap<>();

    public Palette(List<String> names) {
        names.forEach(this::colour);
    }

    public String colour(String name) {
        return assigned.computeIfAbsent(name, n -> COLOURS.get(assigned.size() % COLOURS.size()));
    }
}
