package org.puzzlelens.train.data;

import java.util.List;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;

/**
 * An endless, seeded sequence of puzzles over some types, taken in turn: item n is instance n / k of
 * type n mod k. Item n depends on (types, seed, preset, n) alone, so training that resumes at step s
 * sees exactly the puzzles an uninterrupted run would.
 */
public record PuzzleStream(List<PuzzleType<?>> types, long seed, Preset preset) {
    public PuzzleStream {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no puzzle types to train on");
        }
    }

    public PuzzleInstance get(long n) {
        PuzzleType<?> type = types.get((int) (n % types.size()));
        return Instances.create(type, seed, Math.toIntExact(n / types.size()), preset);
    }

    public List<String> typeNames() {
        return types.stream().map(t -> t.info().name()).toList();
    }
}
