package org.puzzlelens.puzzles.algo.numberslide;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Direction;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Kind;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Line;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Statistic;
import org.puzzlelens.puzzles.core.IntDomain;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Draws a shuffled board and a question. Each question kind has its own move range, as released
 * (count 1..3, extreme sum 1..4, given sequence 2..4); the hard ranges stay at most 5 because
 * the released solution lists every move sequence (4^k of them).
 */
final class NumberSlideGenerator {
    private static final int MAX_MOVES = 6;
    private static final IntDomain LEGAL_MOVES = IntDomain.range(1, MAX_MOVES);
    static final Param.Int SIZE = new Param.Int(
                    "size", "board side in tiles", IntRange.of(3, 3), IntRange.of(3, 5), IntRange.of(4, 6))
            .legal(IntDomain.range(2, 8));
    static final Param.Choice QUESTION =
            Param.Choice.same("question", "which question is asked", List.of("count", "extreme_sum", "after_sequence"));
    static final Param.Int COUNT_MOVES = new Param.Int(
                    "count_moves",
                    "moves for the count question",
                    IntRange.of(1, 2),
                    IntRange.of(1, 3),
                    IntRange.of(3, 5))
            .legal(LEGAL_MOVES);
    static final Param.Int EXTREME_SUM_MOVES = new Param.Int(
                    "extreme_sum_moves",
                    "moves for the minimum/maximum sum question",
                    IntRange.of(1, 2),
                    IntRange.of(1, 4),
                    IntRange.of(4, 5))
            .legal(LEGAL_MOVES);
    static final Param.Int SEQUENCE_MOVES = new Param.Int(
                    "sequence_moves",
                    "moves in the given sequence",
                    IntRange.of(2, 2),
                    IntRange.of(2, 4),
                    IntRange.of(4, 5))
            .legal(LEGAL_MOVES);
    static final List<Param> PARAMS = List.of(SIZE, QUESTION, COUNT_MOVES, EXTREME_SUM_MOVES, SEQUENCE_MOVES);

    private NumberSlideGenerator() {}

    static NumberSlideState generate(Parameters p, RandomGenerator rng) {
        int n = p.get(SIZE);
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
        return switch (p.get(QUESTION)) {
            case "count" -> new NumberSlideState(grid, Kind.COUNT, p.get(COUNT_MOVES), null, null, List.of());
            case "extreme_sum" ->
                new NumberSlideState(
                        grid,
                        Kind.EXTREME_SUM,
                        p.get(EXTREME_SUM_MOVES),
                        rng.nextBoolean() ? Statistic.MIN : Statistic.MAX,
                        List.of(Line.TOP_ROW, Line.BOTTOM_ROW, Line.LEFT_COLUMN, Line.RIGHT_COLUMN)
                                .get(rng.nextInt(4)),
                        List.of());
            case "after_sequence" -> {
                int k = p.get(SEQUENCE_MOVES);
                yield new NumberSlideState(
                        grid,
                        Kind.AFTER_SEQUENCE,
                        k,
                        Statistic.values()[rng.nextInt(3)],
                        rng.nextBoolean() ? Line.BLANK_ROW : Line.BLANK_COLUMN,
                        randomWalk(new Board(grid), k, rng));
            }
            default -> throw new IllegalArgumentException("unknown question kind " + p.get(QUESTION));
        };
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
