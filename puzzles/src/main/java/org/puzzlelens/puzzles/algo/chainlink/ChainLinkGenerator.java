package org.puzzlelens.puzzles.algo.chainlink;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.ParamRule;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Segments of 1..5 links, a few of them single open links, and cut and weld times, as released. The
 * released counts of closed segments of each length are independent and uniform in 0..4, 0..4, 0..4,
 * 0..3 and 0..2, kept when all pieces together number 8..16: so totals of 8..11 are common and 15..16
 * rare, and long segments are rarer than short ones. Counts are drawn the same way, their bounds scaled
 * with the window of totals for the other presets; bounded redraws, then the draw nearest the window.
 */
final class ChainLinkGenerator {
    static final Param.Int FEWEST_SEGMENTS = new Param.Int(
            "fewest_segments",
            "fewest chain segments in the image, open links included",
            IntRange.exactly(4),
            IntRange.exactly(8),
            IntRange.exactly(16));
    static final Param.Int MOST_SEGMENTS = new Param.Int(
            "most_segments",
            "most chain segments in the image, open links included",
            IntRange.exactly(7),
            IntRange.exactly(16),
            IntRange.exactly(24));
    static final Param.Int OPEN_LINKS = new Param.Int(
            "open_links",
            "single open links among the segments",
            IntRange.of(0, 2),
            IntRange.of(0, 4),
            IntRange.of(0, 6));
    static final Param.Int CUT_MINUTES = Param.Int.same("cut_minutes", "minutes per cut", IntRange.of(2, 5));
    static final Param.Int WELD_MINUTES = Param.Int.same("weld_minutes", "minutes per weld", IntRange.of(2, 5));
    static final List<ParamRule> RULES = List.of(new ParamRule(
            "most_segments must be at least fewest_segments", p -> p.get(MOST_SEGMENTS) >= p.get(FEWEST_SEGMENTS)));
    static final List<Param> PARAMS = List.of(FEWEST_SEGMENTS, MOST_SEGMENTS, OPEN_LINKS, CUT_MINUTES, WELD_MINUTES);
    /** Most closed segments of 1..5 links in the released window of 8..16 pieces. */
    private static final List<Integer> RELEASED_MOST_BY_LENGTH = List.of(4, 4, 4, 3, 2);

    private static final double RELEASED_WINDOW_MIDDLE = 12;
    private static final int DRAWS = 50;

    private ChainLinkGenerator() {}

    static ChainLinkState generate(Parameters p, RandomGenerator rng) {
        int fewest = Math.max(2, p.get(FEWEST_SEGMENTS));
        int most = p.get(MOST_SEGMENTS);
        int open = Math.min(p.get(OPEN_LINKS), most - 1);
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
        return new ChainLinkState(open, best, p.get(CUT_MINUTES), p.get(WELD_MINUTES));
    }
}
