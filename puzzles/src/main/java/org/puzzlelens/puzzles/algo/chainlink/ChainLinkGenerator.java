package org.puzzlelens.puzzles.algo.chainlink;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Segments of 1..5 links, a few of them single open links, and cut and weld times, as released. The
 * released counts of closed segments of each length are independent and uniform in 0..4, 0..4, 0..4,
 * 0..3 and 0..2, kept when all pieces together number 8..16: so totals of 8..11 are common and 15..16
 * rare, and long segments are rarer than short ones. Counts are drawn the same way, their bounds scaled
 * with the window of totals for the other presets; bounded redraws, then the draw nearest the window.
 */
final class ChainLinkGenerator {
    static final List<Param> PARAMS = List.of(
            new Param.Int("fewest_segments", "fewest chain segments in the image, open links included",
                    IntRange.exactly(4), IntRange.exactly(8), IntRange.exactly(16)),
            new Param.Int("most_segments", "most chain segments in the image, open links included",
                    IntRange.exactly(7), IntRange.exactly(16), IntRange.exactly(24)),
            new Param.Int("open_links", "single open links among the segments",
                    IntRange.of(0, 2), IntRange.of(0, 4), IntRange.of(0, 6)),
            Param.Int.same("cut_minutes", "minutes per cut", IntRange.of(2, 5)),
            Param.Int.same("weld_minutes", "minutes per weld", IntRange.of(2, 5)));
    /** Most closed segments of 1..5 links in the released window of 8..16 pieces. */
    private static final List<Integer> RELEASED_MOST_BY_LENGTH = List.of(4, 4, 4, 3, 2);
    private static final double RELEASED_WINDOW_MIDDLE = 12;
    private static final int DRAWS = 50;

    private ChainLinkGenerator() {
    }

    static ChainLinkState generate(Parameters p, RandomGenerator rng) {
        int fewest = Math.max(2, p.getInt("fewest_segments"));
        int most = p.getInt("most_segments");
        if (most < fewest) {
            throw new IllegalArgumentException("most_segments must be at least fewest_segments (and 2)");
        }
        int open = Math.min(p.getInt("open_links"), most - 1);
        double scale = (fewest + most) / 2.0 / RELEASED_WINDOW_MIDDLE;
        List<Integer> best = null;
        int bestMiss = Integer.MAX_VALUE;
        for (int draw = 0; draw < DRAWS && bestMiss > 0; draw++) {
            List<Integer> closed = new ArrayList<>();
            for (int bound : RELEASED_MOST_BY_LENGTH) {
                closed.add(rng.nextInt(Math.max(1, (int) Math.round(bound * scale)) + 1));
            }
            int pieces = open + closed.stream().mapToInt(Integer::intValue).sum();
            int miss = Math.max(fewest - pieces, pieces - most);
            if (Math.max(miss, 0) < bestMiss) {
                bestMiss = Math.max(miss, 0);
                best = closed;
            }
        }
        if (open + best.stream().mapToInt(Integer::intValue).sum() < 2) {
            best.set(0, 2 - open);
        }
        return new ChainLinkState(open, best, p.getInt("cut_minutes"), p.getInt("weld_minutes"));
    }
}
