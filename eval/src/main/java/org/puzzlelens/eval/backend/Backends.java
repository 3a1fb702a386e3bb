package org.puzzlelens.eval.backend;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/** The backends on the class path, by name. */
public final class Backends {
    private final Map<String, BackendProvider> providers = new LinkedHashMap<>();

    private Backends() {
        for (BackendProvider p : ServiceLoader.load(BackendProvider.class)) {
            if (providers.put(p.name(), p) != null) {
                throw new IllegalStateException("two backends named " + p.name());
            }
        }
    }

    public static Backends load() {
        return new Backends();
    }

    /** @throws IllegalArgumentException naming the known backends */
    public BackendProvider provider(String name) {
        BackendProvider p = providers.get(name);
        if (p == null) {
            throw new IllegalArgumentException(
                    "unknown backend '" + name + "'; known: " + String.join(", ", providers.keySet()));
        }
        return p;
    }

    public String describe() {
        return providers.values().stream()
                .map(p -> p.name() + ": " + p.summary())
                .collect(Collectors.joining("\n"));
    }
}
