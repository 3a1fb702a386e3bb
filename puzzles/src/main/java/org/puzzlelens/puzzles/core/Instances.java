package org.puzzlelens.puzzles.core;

import java.util.Map;
import java.util.SplittableRandom;

/** Creates an instance from (type, seed, index, preset) alone. */
public final class Instances {
    private Instances() {}

    public static PuzzleInstance create(PuzzleType<?> type, long seed, int index, Preset preset) {
        return create(type, seed, index, preset, Map.of());
    }

    /**
     * @param overrides parameter values fixed by the user (already parsed by {@link Param#parse})
     */
    public static <S extends Record> PuzzleInstance create(
            PuzzleType<S> type, long seed, int index, Preset preset, Map<String, Object> overrides) {
        if (index < 0) {
            throw new IllegalArgumentException("instance index must be >= 0, got " + index);
        }
        SplittableRandom rng = Seeds.instance(seed, type.info().name(), index);
        Parameters params = Parameters.draw(type.info().params(), preset, overrides, rng);
        S state = type.generate(params, rng);
        return of(type, state, seed, index, preset, params, rng);
    }

    /** Completes an instance around a given state (options are drawn from {@code rng}). */
    public static <S extends Record> PuzzleInstance of(
            PuzzleType<S> type, S state, long seed, int index, Preset preset, Parameters params, SplittableRandom rng) {
        Solution solution = type.solve(state);
        return new PuzzleInstance(
                PuzzleInstance.id(type.info().name(), seed, index),
                type,
                seed,
                index,
                preset,
                params,
                state,
                type.question(state),
                type.options(state, solution, rng),
                solution.answer(),
                solution.fields(),
                solution.topLevel(),
                solution.trace(),
                type.describe(state),
                type.facts(state));
    }
}
