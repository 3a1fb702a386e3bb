package org.puzzlelens.puzzles.algo.wheeloffortune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;

/**
 * Draws a wheel (equal widths, or random widths in steps of 5 degrees), the arrow at one of the
 * eight compass directions, and a spin chosen among those that leave the arrow at least
 * {@link #MARGIN} degrees from a boundary (the released spins never land closer than 2 degrees).
 */
final class WheelOfFortuneGenerator {
    /** The released prizes and colours come first; the extras serve wheels with more segments than released. */
    static final List<String> PRIZES = List.of(
            "Camera",
            "Laptop",
            "Watch",
            "Yacht",
            "Car",
            "Chocolate",
            "Pizza",
            "Vacation",
            "Jewelry",
            "Ice Cream",
            "Money",
            "Bicycle",
            "Phone");

    static final int RELEASED_PRIZES = 11;
    static final int RELEASED_COLOURS = 10;
    static final int MARGIN = 2;
    private static final int WIDTH_STEP = 5;
    private static final int MAX_WIDTH = 90;

    static final Param.Choice SEGMENTS = new Param.Choice(
            "segments",
            "number of segments",
            Map.of(
                    Preset.EASY,
                    List.of("6"),
                    Preset.ALGOPUZZLEVQA,
                    List.of("6", "8", "10"),
                    Preset.HARD,
                    List.of("10", "12")));
    static final Param.Choice WIDTHS =
            Param.Choice.same("widths", "equal segments, or random widths", List.of("equal", "random"));
    static final Param.Choice PHRASING = Param.Choice.same(
            "phrasing",
            "spin given as full rotations (k + j/20) or as degrees (90..1800, step 15)",
            List.of("rotations", "degrees"));
    static final List<Param> PARAMS = List.of(SEGMENTS, WIDTHS, PHRASING);

    private WheelOfFortuneGenerator() {}

    static WheelOfFortuneState generate(Parameters p, RandomGenerator rng) {
        int n = Integer.parseInt(p.get(SEGMENTS));
        List<Integer> widths = switch (p.get(WIDTHS)) {
            case "equal" -> Collections.nCopies(n, 360 / n);
            case "random" -> randomWidths(n, rng);
            default -> throw new IllegalArgumentException("widths must be equal or random, got " + p.get(WIDTHS));
        };
        List<String> colours = pick(WheelColours.NAMES, Math.max(RELEASED_COLOURS, n), n, rng);
        List<String> prizes = pick(PRIZES, Math.max(RELEASED_PRIZES, n), n, rng);
        int arrow = 45 * rng.nextInt(8);
        boolean clockwise = rng.nextBoolean();
        boolean inTurns = switch (p.get(PHRASING)) {
            case "rotations" -> true;
            case "degrees" -> false;
            default -> throw new IllegalArgumentException("phrasing must be rotations or degrees");
        };
        List<Integer> amounts = new ArrayList<>();
        for (int a : inTurns ? twentieths() : degrees()) {
            WheelOfFortuneState candidate =
                    new WheelOfFortuneState(widths, colours, prizes, arrow, clockwise, inTurns, a);
            if (clearOfBoundaries(candidate)) {
                amounts.add(a);
            }
        }
        return new WheelOfFortuneState(
                widths, colours, prizes, arrow, clockwise, inTurns, amounts.get(rng.nextInt(amounts.size())));
    }

    /** 1.05 .. 5.95 turns, never a whole number. */
    private static List<Integer> twentieths() {
        List<Integer> out = new ArrayList<>();
        for (int t = 21; t < 120; t++) {
            if (t % 20 != 0) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<Integer> degrees() {
        List<Integer> out = new ArrayList<>();
        for (int d = 90; d <= 1800; d += 15) {
            out.add(d);
        }
        return out;
    }

    private static boolean clearOfBoundaries(WheelOfFortuneState s) {
        for (int i = 0; i < s.segments(); i++) {
            int d = Math.floorMod(s.arrowAt() - s.rotatedStart(i), 360);
            if (Math.min(d, 360 - d) < MARGIN) {
                return false;
            }
        }
        return true;
    }

    /** Widths in steps of 5 degrees between a minimum (30, or 20 beyond 8 segments) and 90, summing to 360. */
    private static List<Integer> randomWidths(int n, RandomGenerator rng) {
        int min = n <= 8 ? 30 : 20;
        List<Integer> widths = new ArrayList<>(Collections.nCopies(n, min));
        int spare = (360 - n * min) / WIDTH_STEP;
        for (int unit = 0; unit < spare; unit++) {
            List<Integer> open = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (widths.get(i) < MAX_WIDTH) {
                    open.add(i);
                }
            }
            int i = open.get(rng.nextInt(open.size()));
            widths.set(i, widths.get(i) + WIDTH_STEP);
        }
        return widths;
    }

    private static List<String> pick(List<String> pool, int from, int n, RandomGenerator rng) {
        List<String> candidates = new ArrayList<>(pool.subList(0, from));
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(candidates.remove(rng.nextInt(candidates.size())));
        }
        return out;
    }
}
