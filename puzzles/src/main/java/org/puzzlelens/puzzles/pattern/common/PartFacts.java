package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.puzzlelens.puzzles.core.Fact;

/** One fact per part of a pattern ({@code r1c1 = red}, {@code part 3 = ?}); the unknown part is {@code ?}. */
public final class PartFacts {
    private PartFacts() {}

    public static <T> List<Fact> facts(List<T> values, IntFunction<String> key, Function<T, String> text) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            T v = values.get(i);
            out.add(Fact.of(key.apply(i), v == null ? "?" : text.apply(v)));
        }
        return out;
    }

    /**
     * The values of parts 0..count-1 from facts written by {@link #facts}; empty when a part is not
     * stated. {@code parse} may throw IllegalArgumentException for a value it does not know.
     */
    public static <T> Optional<List<T>> values(
            Map<String, String> facts, int count, IntFunction<String> key, Function<String, T> parse) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String v = facts.get(key.apply(i));
            if (v == null) {
                return Optional.empty();
            }
            out.add(v.equals("?") ? null : parse.apply(v));
        }
        return Optional.of(out);
    }
}
