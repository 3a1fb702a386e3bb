package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

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
     * A row of parts stated two facts each, {@code key(i, measure)} and {@code key(i, what)} for i = 0, 1,
     * ... while the measure is stated (a polygon's sides, a rectangle's length), read into a state that
     * {@code solve} accepts; empty when they make none. An unstated mark is empty, which the state rejects.
     */
    public static <S> Optional<S> measuredParts(
            List<Fact> facts,
            BiFunction<Integer, String, String> key,
            String measure,
            ToIntFunction<String> value,
            String what,
            BiFunction<List<Integer>, List<String>, S> state,
            Consumer<S> solve) {
        return PatternAnswers.fromFacts(
                () -> {
                    Map<String, String> map = Facts.asMap(facts);
                    List<Integer> measures = new ArrayList<>();
                    List<String> marks = new ArrayList<>();
                    for (int i = 0; map.containsKey(key.apply(i, measure)); i++) {
                        measures.add(value.applyAsInt(map.get(key.apply(i, measure))));
                        marks.add(map.getOrDefault(key.apply(i, what), ""));
                    }
                    return Optional.of(state.apply(measures, marks));
                },
                solve);
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
