package org.puzzlelens.rewards.design;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reward designs: the eight built in (docs/REWARDS.md gives their formulas) plus any the
 * config file defines, in that order.
 */
public final class Designs {
    private final RewardParameters parameters;
    private final Components components;
    private final Map<String, Design> byName;

    private Designs(RewardParameters parameters, Map<String, Design> byName) {
        this.parameters = parameters;
        this.components = new Components(parameters);
        this.byName = byName;
    }

    /** The built-in designs with the default parameters. */
    public static Designs defaults() {
        return builtIn(RewardParameters.DEFAULTS);
    }

    static Designs builtIn(RewardParameters p) {
        Components c = new Components(p);
        Map<String, Design> d = new LinkedHashMap<>();
        List.of(
                        new Design(
                                "vanilla",
                                "think then answer: format plus accuracy",
                                List.of(c.term("accuracy", 1), c.term("format_ta", 1))),
                        new Design(
                                "only-accuracy",
                                "accuracy alone; the format is asked for in the prompt only",
                                List.of(c.term("accuracy", 1))),
                        new Design(
                                "mixture",
                                "describe the image, think, answer: format plus accuracy",
                                List.of(c.term("accuracy", 1), c.term("format_dta", 1))),
                        new Design(
                                "continuous",
                                "think then answer, with partial credit for near numeric answers",
                                List.of(c.term("graded_accuracy", 1), c.term("format_ta", 1))),
                        new Design(
                                "visual-fusion",
                                "mixture plus reasoning that refers to what is in the image",
                                List.of(c.term("accuracy", 1), c.term("format_dta", 1), c.term("visual_grounding", 1))),
                        new Design(
                                "no-accuracy",
                                "format and thinking length only, no correctness signal",
                                List.of(c.term("format_dta", 1), c.term("reasoning_length", 1))),
                        new Design(
                                "perception",
                                "mixture plus the description graded fact by fact against the true state",
                                List.of(c.term("accuracy", 1), c.term("format_dta", 1), c.term("perception", 1))),
                        new Design(
                                "sufficiency",
                                "mixture plus 1 when our solver, run on the described facts, reaches the "
                                        + "gold answer",
                                List.of(c.term("accuracy", 1), c.term("format_dta", 1), c.term("sufficiency", 1))))
                .forEach(x -> d.put(x.name(), x));
        return new Designs(p, d);
    }

    /** A copy with designs added or replaced (same name), keeping the built-in order first. */
    Designs with(List<Design> extra) {
        Map<String, Design> d = new LinkedHashMap<>(byName);
        extra.forEach(x -> d.put(x.name(), x));
        return new Designs(parameters, d);
    }

    public RewardParameters parameters() {
        return parameters;
    }

    public Components components() {
        return components;
    }

    public List<Design> all() {
        return List.copyOf(byName.values());
    }

    public boolean has(String name) {
        return byName.containsKey(name);
    }

    /** @throws IllegalArgumentException naming the known designs */
    public Design design(String name) {
        Design d = byName.get(name);
        if (d == null) {
            throw new IllegalArgumentException(
                    "unknown reward design '" + name + "'; known: " + String.join(", ", byName.keySet()));
        }
        return d;
    }

    /** A comma-separated selection of design names, or {@code all}. */
    public List<Design> select(String selection) {
        if (selection.strip().equalsIgnoreCase("all")) {
            return all();
        }
        List<Design> out = new ArrayList<>();
        for (String part : selection.split(",")) {
            if (!part.isBlank()) {
                Design d = design(part.strip());
                if (!out.contains(d)) {
                    out.add(d);
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no reward design selected by '" + selection + "'");
        }
        return out;
    }
}
