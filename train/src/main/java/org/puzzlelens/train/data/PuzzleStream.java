package org.puzzlelens.train.data;

import java.util.List;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Seeds;
import org.puzzlelens.puzzles.io.ContentKey;

/**
 * An endless, seeded sequence of puzzles over some types, taken in turn: item n is of type n mod k,
 * the first of its candidates (instances (n / k) x {@value #CANDIDATES} + 0, 1, ...) whose content is
 * not held out for testing ({@link ContentKey#heldOut}). Item n depends on (types, seed, preset, n)
 * alone, so training that resumes at step s sees exactly the puzzles an uninterrupted run would.
 */
public record PuzzleStream(List<PuzzleType<?>> types, long seed, Preset preset) {
    public PuzzleStream {
        types = List.copyOf(types);
        if (types.isEmpty()) {
            throw new IllegalArgumentException("no puzzle types to train on");
        }
    }

    /** Candidates tried per item; the chance that all are held out is (1/4)^64. */
    static final int CANDIDATES = 64;

    public PuzzleInstance get(long n) {
        for (int k = 0; k < CANDIDATES; k++) {
            PuzzleInstance p = Instances.create(type(n), seed, index(n) + k, preset);
            if (!ContentKey.heldOut(p)) {
                return p;
            }
        }
        throw new IllegalStateException(
                "every candidate of item " + n + " of " + type(n).info().name() + " is held out for testing");
    }

    /** The id of item n's first candidate, without generating it (all candidates share the stream's seed). */
    public String id(long n) {
        return PuzzleInstance.id(type(n).info().name(), seed, index(n));
    }

    /** The first draw of item n's first candidate's random stream, which everything about it comes from. */
    public long firstDraw(long n) {
        return Seeds.instance(seed, type(n).info().name(), index(n)).nextLong();
    }

    private PuzzleType<?> type(long n) {
        return types.get((int) (n % types.size()));
    }

    private int index(long n) {
        return Math.toIntExact(n / types.size() * CANDIDATES);
    }

    public List<String> typeNames() {
        return types.stream().map(t -> t.info().name()).toList();
    }
}
