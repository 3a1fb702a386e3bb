package org.puzzlelens.puzzles.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A constraint between parameters of one type (most_segments at least fewest_segments, say), which
 * each parameter's legal domain cannot state alone. {@link #check} tests it before a suite is
 * started, on every combination of the values its instances can draw.
 *
 * @param text the constraint in words, as an error message shows it
 */
public record ParamRule(String text, Predicate<Parameters> holds) {
    /**
     * Checks every rule of a type on each combination of the lowest and highest value of each
     * integer parameter under {@code preset} (the overridden value where one is fixed) and each of
     * its choices: the rules are monotone in each integer, so the ends decide.
     *
     * @throws IllegalArgumentException naming the rule and a combination that breaks it
     */
    public static void check(TypeInfo type, Preset preset, Map<String, Object> overrides) {
        if (type.rules().isEmpty()) {
            return;
        }
        List<Map<String, Object>> combinations = List.of(new LinkedHashMap<>());
        for (Param p : type.params()) {
            List<Object> values = overrides.containsKey(p.name()) ? List.of(overrides.get(p.name())) : ends(p, preset);
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> c : combinations) {
                for (Object v : values) {
                    Map<String, Object> extended = new LinkedHashMap<>(c);
                    extended.put(p.name(), v);
                    next.add(extended);
                }
            }
            combinations = next;
        }
        for (ParamRule rule : type.rules()) {
            for (Map<String, Object> c : combinations) {
                if (!rule.holds.test(new Parameters(c))) {
                    throw new IllegalArgumentException(type.name() + ": " + rule.text + ", but under preset "
                            + preset.id() + (overrides.isEmpty() ? "" : " with --param " + written(overrides))
                            + " an instance can draw " + written(c) + "; fix the other parameters too, or pick"
                            + " another preset or value (`puzzlelens types --preset " + preset.id()
                            + " --params` lists the ranges)");
                }
            }
        }
    }

    private static List<Object> ends(Param p, Preset preset) {
        return switch (p) {
            case Param.Int i ->
                List.copyOf(new LinkedHashSet<Object>(
                        List.of(i.range(preset).min(), i.range(preset).max())));
            case Param.Choice c -> List.copyOf(new LinkedHashSet<Object>(c.choices(preset)));
        };
    }

    private static String written(Map<String, Object> values) {
        return values.entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }
}
