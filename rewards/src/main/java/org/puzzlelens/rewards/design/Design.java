package org.puzzlelens.rewards.design;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.puzzlelens.rewards.Evidence;

/** A reward design: a named weighted sum of components. */
public record Design(String name, String description, List<Term> terms) {
    public Design {
        terms = List.copyOf(terms);
        if (!name.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("design name '" + name + "': use lower-case letters, digits, - and _");
        }
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("design " + name + " has no terms");
        }
        if (terms.stream().map(t -> t.component().name()).distinct().count() != terms.size()) {
            throw new IllegalArgumentException("design " + name + " names a component twice");
        }
    }

    public Reward score(Evidence evidence) {
        Map<String, Double> values = new LinkedHashMap<>();
        double total = 0;
        for (Term t : terms) {
            double v = t.component().score(evidence);
            values.put(t.component().name(), v);
            total += t.weight() * v;
        }
        return new Reward(name, total, values, maximum());
    }

    public double maximum() {
        return terms.stream().mapToDouble(t -> Math.max(0, t.weight())).sum();
    }

    /** The formula, e.g. {@code 1 accuracy + 1 format_dta}. */
    public String formula() {
        return terms.stream()
                .map(t -> weight(t.weight()) + " " + t.component().name())
                .collect(Collectors.joining(" + "));
    }

    private static String weight(double w) {
        return w == Math.rint(w) ? Long.toString((long) w) : Double.toString(w);
    }
}
