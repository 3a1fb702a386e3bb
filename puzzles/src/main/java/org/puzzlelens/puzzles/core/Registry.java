package org.puzzlelens.puzzles.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The puzzle types on the class path, found through {@link ServiceLoader} so that adding a type
 * touches no other type's code. Listed in-domain first, then by name.
 */
public final class Registry {
    private static final Registry DEFAULT = load();

    private final Map<String, PuzzleType<?>> types;

    private Registry(List<PuzzleType<?>> types) {
        Map<String, PuzzleType<?>> byName = new LinkedHashMap<>();
        types.stream()
                .sorted(Comparator.comparing((PuzzleType<?> t) -> t.info().suite())
                        .thenComparing(t -> t.info().name()))
                .forEach(t -> {
                    if (byName.put(t.info().name(), t) != null) {
                        throw new IllegalStateException(
                                "two puzzle types named " + t.info().name());
                    }
                });
        this.types = byName;
    }

    public static Registry get() {
        return DEFAULT;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Registry load() {
        List<PuzzleType<?>> found = new ArrayList<>();
        for (PuzzleType t : ServiceLoader.load(PuzzleType.class)) {
            found.add(t);
        }
        return new Registry(found);
    }

    public List<PuzzleType<?>> all() {
        return List.copyOf(types.values());
    }

    public List<PuzzleType<?>> of(Suite suite) {
        return types.values().stream().filter(t -> t.info().suite() == suite).toList();
    }

    public boolean has(String name) {
        return types.containsKey(name);
    }

    /** @throws IllegalArgumentException naming the known types when {@code name} is not one */
    public PuzzleType<?> type(String name) {
        PuzzleType<?> t = types.get(name);
        if (t == null) {
            throw new IllegalArgumentException(
                    "unknown puzzle type '" + name + "'; known types: " + String.join(", ", types.keySet()));
        }
        return t;
    }

    /**
     * Resolves a comma-separated selection: type names, {@code all}, {@code algopuzzlevqa} (the
     * in-domain set) or {@code puzzlevqa} (the out-of-domain set).
     */
    public List<PuzzleType<?>> select(String selection) {
        List<PuzzleType<?>> out = new ArrayList<>();
        for (String part : selection.split(",")) {
            String name = part.trim();
            if (name.isEmpty()) {
                continue;
            }
            List<PuzzleType<?>> chosen = switch (name.toLowerCase()) {
                case "all" -> all();
                case "algopuzzlevqa", "in-domain" -> of(Suite.ALGOPUZZLEVQA);
                case "puzzlevqa", "out-of-domain" -> of(Suite.PUZZLEVQA);
                case "lab" -> of(Suite.LAB);
                default -> List.of(type(name));
            };
            chosen.stream().filter(t -> !out.contains(t)).forEach(out::add);
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no puzzle type selected by '" + selection + "'");
        }
        return out;
    }

    public String names() {
        return types.keySet().stream().collect(Collectors.joining(", "));
    }
}
