package org.puzzlelens.puzzles.algo.chainlink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Segments of 1..5 links, a few of them single open links, and cut and weld times, as released. The
 * released counts of segments of each length run 0..4, 0..4, 0..4, 0..3 and 0..2, so long segments are
 * rarer: lengths are drawn with those weights (mean 2.7 links, against 3 for uniform lengths).
 */
final class ChainLinkGenerator {
    static final List<Param> PARAMS = List.of(
            new Param.Int("segments", "chain segments in the image, open links included",
                    IntRange.of(4, 7), IntRange.of(8, 16), IntRange.of(16, 24)),
            new Param.Int("open_links", "single open links among the segments (at most segments - 1)",
                    IntRange.of(0, 2), IntRange.of(0, 4), IntRange.of(0, 6)),
            Param.Int.same("cut_minutes", "minutes per cut", IntRange.of(2, 5)),
            Param.Int.same("weld_minutes", "minutes per weld", IntRange.of(2, 5)));

    /** Relative frequency of closed segments of 1..5 links (twice the released mean counts). */
    private static final List<Integer> LENGTH_WEIGHTS = List.of(4, 4, 4, 3, 2);
    private static final int WEIGHT_TOTAL = LENGTH_WEIGHTS.stream().mapToInt(Integer::intValue).sum();

    private ChainLinkGenerator() {
    }

    static ChainLinkState generate(Parameters p, RandomGenerator rng) {
        int segments = p.getInt("segments");
        if (segments < 2) {
            throw new IllegalArgumentException("need at least two segments, got " + segments);
        }
        int open = Math.min(p.getInt("open_links"), segments - 1);
        List<Integer> closed = new ArrayList<>(Collections.nCopies(ChainLinkState.LONGEST, 0));
        for (int i = open; i < segments; i++) {
            int index = weightedLengthIndex(rng);
            closed.set(index, closed.get(index) + 1);
        }
        return new ChainLinkState(open, closed, p.getInt("cut_minutes"), p.getInt("weld_minutes"));
    }

    private static int weightedLengthIndex(RandomGenerator rng) {
        int draw = rng.nextInt(WEIGHT_TOTAL);
        int index = 0;
        while (draw >= LENGTH_WEIGHTS.get(index)) {
            draw -= LENGTH_WEIGHTS.get(index);
            index++;
        }
        return index;
    }
}
