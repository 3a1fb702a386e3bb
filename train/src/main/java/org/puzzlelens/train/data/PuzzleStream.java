package org.puzzlelens.train.data;

import java.util.List;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Seeds;

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
        return Instances.create(type(n), seed, index(n), preset);
    }

    /** Item n's instance id, without generating it. */
    public String id(long n) {
        return PuzzleInstance.id(type(n).info().name(), seed, index(n));
    }

    /** The first draw of item n's own random stream, which everything about the instance comes from. */
    public long firstDraw(long n) {
        return Seeds.instance(seed, type(n).info().name(), index(n)).nextLong();
    }

    private PuzzleType<?> type(long n) {
        return types.get((int) (n % types.size()));
    }

    private int index(long n) {
        return Math.toIntExact(n / types.size());
    }

    public List<String> typeNames() {
        return types.stream().map(t -> t.info().name()).toList();
    }
}
