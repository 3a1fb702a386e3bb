package org.puzzlelens.puzzles.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.ParamRule;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.render.ImageFormat;
import org.puzzlelens.puzzles.render.Images;

/**
 * What to generate: {@code count} instances of each type from {@code seed} under a preset.
 *
 * @param params parameter values fixed for every type that declares the parameter, as typed
 * @param imageFormat how images are written (PNG unless JPEG is asked for)
 */
public record SuiteSpec(
        List<PuzzleType<?>> types,
        int count,
        long seed,
        Preset preset,
        int imageSize,
        Map<String, String> params,
        ImageFormat imageFormat) {
    public SuiteSpec {
        Objects.requireNonNull(imageFormat, "imageFormat");
        types = List.copyOf(types);
        params = Map.copyOf(params);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("choose at least one puzzle type");
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must be >= 0, got " + count);
        }
        Images.checkSize(imageSize);
        for (String name : params.keySet()) {
            boolean declared = false;
            for (PuzzleType<?> t : types) {
                declared |= paramOf(t, name) != null;
            }
            if (!declared) {
                throw new IllegalArgumentException("no selected type has a parameter named '" + name
                        + "'; `puzzlelens types` lists each type's parameters");
            }
        }
        for (PuzzleType<?> t : types) {
            // parses and checks every value now, so a bad one fails before any file is written
            ParamRule.check(t.info(), preset, overridesFor(t, params));
        }
    }

    public SuiteSpec(
            List<PuzzleType<?>> types, int count, long seed, Preset preset, int imageSize, Map<String, String> params) {
        this(types, count, seed, preset, imageSize, params, ImageFormat.PNG);
    }

    public SuiteSpec(List<PuzzleType<?>> types, int count, long seed, Preset preset, int imageSize) {
        this(types, count, seed, preset, imageSize, Map.of());
    }

    /** The typed overrides that apply to one type (a parameter it does not declare is skipped). */
    public Map<String, Object> overrides(PuzzleType<?> type) {
        return overridesFor(type, params);
    }

    private static Map<String, Object> overridesFor(PuzzleType<?> type, Map<String, String> params) {
        Map<String, Object> out = new LinkedHashMap<>();
        params.forEach((name, text) -> {
            Param p = paramOf(type, name);
            if (p != null) {
                out.put(name, p.parse(text));
            }
        });
        return out;
    }

    private static Param paramOf(PuzzleType<?> type, String name) {
        return type.info().params().stream()
                .filter(p -> p.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
