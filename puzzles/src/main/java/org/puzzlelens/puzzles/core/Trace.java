package org.puzzlelens.puzzles.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Collects the short lines of a solution trace. */
public final class Trace {
    private final List<String> lines = new ArrayList<>();

    public Trace add(String line) {
        lines.add(line);
        return this;
    }

    public Trace add(String format, Object... args) {
        lines.add(String.format(Locale.ROOT, format, args));
        return this;
    }

    public List<String> lines() {
        return List.copyOf(lines);
    }

    /** The lines numbered 1., 2., ... one per line. */
    public static String numbered(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(i + 1).append(". ").append(lines.get(i)).append('\n');
        }
        return out.toString();
    }
}
