package org.puzzlelens.puzzles.algo.thinkdot;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Disc;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Hole;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Region;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;

/**
 * Draws a starting toy, a ball sequence and a question. The released data starts from one of six
 * symmetric boards (outer discs of the top and bottom rows alike, centres alike); the hard preset
 * starts from any of the 256 boards.
 */
final class ThinkDotGenerator {
    static final String SYMMETRIC = "symmetric";
    static final String RANDOM = "random";
    private static final List<Region> ROWS = List.of(Region.TOP, Region.MIDDLE, Region.BOTTOM);

    /** The released starting boards as (outer top/bottom, centre top/bottom, middle row). */
    private static final List<List<Disc>> SYMMETRIC_STARTS = List.of(
            List.of(Disc.BLUE, Disc.BLUE, Disc.BLUE), List.of(Disc.YELLOW, Disc.YELLOW, Disc.YELLOW),
            List.of(Disc.YELLOW, Disc.BLUE, Disc.BLUE), List.of(Disc.BLUE, Disc.YELLOW, Disc.YELLOW),
            List.of(Disc.YELLOW, Disc.YELLOW, Disc.BLUE), List.of(Disc.BLUE, Disc.BLUE, Disc.YELLOW));

    static final Param.Int BALLS = new Param.Int(
            "balls", "number of balls dropped in sequence", IntRange.of(1, 2), IntRange.of(1, 4), IntRange.of(3, 8));
    static final Param.Choice START = new Param.Choice(
            "start",
            "starting board: one of the six released symmetric boards, or any board",
            Map.of(
                    Preset.EASY,
                    List.of(SYMMETRIC),
                    Preset.ALGOPUZZLEVQA,
                    List.of(SYMMETRIC),
                    Preset.HARD,
                    List.of(RANDOM)));
    static final List<Param> PARAMS = List.of(BALLS, START);

    private ThinkDotGenerator() {}

    static ThinkDotState generate(Parameters p, RandomGenerator rng) {
        int balls = p.get(BALLS);
        List<List<Disc>> discs = switch (p.get(START)) {
            case SYMMETRIC -> symmetric(SYMMETRIC_STARTS.get(rng.nextInt(SYMMETRIC_STARTS.size())));
            case RANDOM -> randomBoard(rng);
            default -> throw new IllegalArgumentException("start must be symmetric or random, got " + p.get(START));
        };
        List<Hole> holes = new ArrayList<>();
        for (int i = 0; i < balls; i++) {
            holes.add(Hole.values()[rng.nextInt(Hole.values().length)]);
        }
        Disc asked = Disc.values()[rng.nextInt(2)];
        // the release asks about the whole board in 44 of 100 questions, about each row in the rest
        Region region = rng.nextBoolean() ? Region.TOTAL : ROWS.get(rng.nextInt(ROWS.size()));
        return new ThinkDotState(discs, holes, asked, region);
    }

    private static List<List<Disc>> symmetric(List<Disc> pattern) {
        Disc outer = pattern.get(0);
        Disc centre = pattern.get(1);
        Disc middle = pattern.get(2);
        List<Disc> outerRow = List.of(outer, centre, outer);
        return List.of(outerRow, List.of(middle, middle), outerRow);
    }

    private static List<List<Disc>> randomBoard(RandomGenerator rng) {
        List<List<Disc>> rows = new ArrayList<>();
        for (int size : ThinkDotState.ROW_SIZES) {
            List<Disc> row = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                row.add(Disc.values()[rng.nextInt(2)]);
            }
            rows.add(row);
        }
        return rows;
    }
}
