package org.puzzlelens.puzzles.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** The parameter values drawn for one instance, in the order the type declares them. */
public record Parameters(Map<String, Object> values) {
    public Parameters {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /**
     * Draws every parameter under a preset; an override fixes a parameter's value instead (its
     * draw is still made, so the rest of the instance does not shift when an override is added).
     */
    public static Parameters draw(
            List<Param> params, Preset preset, Map<String, Object> overrides, RandomGenerator rng) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Param p : params) {
            Object drawn = p.draw(preset, rng);
            values.put(p.name(), overrides.getOrDefault(p.name(), drawn));
        }
        return new Parameters(values);
    }

    public int get(Param.Int param) {
        Object v = require(param.name());
        if (v instanceof Integer i) {
            return i;
        }
        throw new IllegalStateException("parameter " + param.name() + " is not an integer: " + v);
    }

    public String get(Param.Choice param) {
        return require(param.name()).toString();
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            throw new IllegalStateException("no parameter named " + name + " (have " + values.keySet() + ")");
        }
        return v;
    }
}
