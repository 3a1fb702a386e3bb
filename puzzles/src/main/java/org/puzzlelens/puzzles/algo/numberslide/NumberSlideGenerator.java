package org.puzzlelens.puzzles.algo.numberslide;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Direction;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Kind;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Line;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Statistic;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Draws a shuffled board and a question. Each question kind has its own move range, as released
 * (count 1..3, extreme sum 1..4, given sequence 2..4); the hard ranges stay at most 5 because
 * the released solution lists every move sequence (4^k of them).
 */
final class NumberSlideGenerator {
    static final List<Param> PARAMS = List.of(
            new Param.Int("size", "board side in tiles", IntRange.of(3, 3), IntRange.of(3, 5), IntRange.of(4, 6)),
            Param.Choice.same("question", "which question is asked",
                    List.of("count", "extreme_sum", "after_sequence")),
            new Param.Int("count_moves", "moves for the count question",
                    IntRange.of(1, 2), IntRange.of(1, 3), IntRange.of(3, 5)),
            new Param.Int("extreme_sum_moves", "moves for the minimum/maximum sum question",
                    IntRange.of(1, 2), IntRange.of(1, 4), IntRange.of(4, 5)),
            new Param.Int("sequence_moves", "moves in the given sequence",
                    IntRange.of(2, 2), IntRange.of(2, 4), IntRange.of(4, 5)));

    private static final int MAX_MOVES = 6;

    private NumberSlideGenerator() {
    }

    static NumberSlideState generate(Parameters p, RandomGenerator rng) {
        int n = p.getInt("size");
        if (n < 2 || n > 8) {
            throw new IllegalArgumentException("size must be 2..8, got " + n);
        }
        List<Integer> tiles = new ArrayList<>();
        for (int v = 0; v < n * n; v++) {
            tiles.add(v);
        }
        for (int i = tiles.size() - 1; i > 0; i--) {
            tiles.set(i, tiles.set(rng.nextInt(i + 1), tiles.get(i)));
        }
        List<List<Integer>> grid = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            grid.add(tiles.subList(r * n, (r + 1) * n));
        }
        return switch (p.get("question")) {
            case "count" -> new NumberSlideState(grid, Kind.COUNT, moves(p, "count_moves"), null, null, List.of());
            case "extreme_sum" -> new NumberSlideState(grid, Kind.EXTREME_SUM, moves(p, "extreme_sum_moves"),
                    rng.nextBoolean() ? Statistic.MIN : Statistic.MAX,
                    List.of(Line.TOP_ROW, Line.BOTTOM_ROW, Line.LEFT_COLUMN, Line.RIGHT_COLUMN).get(rng.nextInt(4)),
                    List.of());
            case "after_sequence" -> {
                int k = moves(p, "sequence_moves");
                yield new NumberSlideState(grid, Kind.AFTER_SEQUENCE, k, Statistic.values()[rng.nextInt(3)],
                        rng.nextBoolean() ? Line.BLANK_ROW : Line.BLANK_COLUMN, randomWalk(new Board(grid), k, rng));
            }
            default -> throw new IllegalArgumentException("unknown question kind " + p.get("question"));
        };
    }

    private static int moves(Parameters p, String name) {
        int k = p.getInt(name);
        if (k < 1 || k > MAX_MOVES) {
            throw new IllegalArgumentException(name + " must be 1.." + MAX_MOVES + ", got " + k);
        }
        return k;
    }

    /** A random legal path of the open position: each step picks uniformly among the moves the walls allow. */
    private static List<Direction> randomWalk(Board start, int k, RandomGenerator rng) {
        List<Direction> walk = new ArrayList<>();
        Board board = start;
        for (int i = 0; i < k; i++) {
            List<Direction> legal = new ArrayList<>();
            for (Direction d : Direction.values()) {
                if (board.move(d).isPresent()) {
                    legal.add(d);
                }
            }
            Direction d = legal.get(rng.nextInt(legal.size()));
            walk.add(d);
            board = board.move(d).orElseThrow();
        }
        return walk;
    }
}
