package org.puzzlelens.puzzles.algo.checkermove;

import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * As released: the full swap of all green checkers (left) past all red ones (right), or a stretch of
 * a few consecutive moves taken from a shortest full swap.
 */
final class CheckerMoveGenerator {
    static final Param.Int GREEN =
            new Param.Int("green", "green checkers", IntRange.of(1, 2), IntRange.of(1, 5), IntRange.of(4, 7));
    static final Param.Int RED =
            new Param.Int("red", "red checkers", IntRange.of(1, 2), IntRange.of(1, 5), IntRange.of(4, 7));
    // the release has 24 full swaps and 76 stretches of 1..5 moves; a stretch length of 0 drawn
    // uniformly with the others would make only 1 in 6 full swaps, hence a share of its own
    static final Param.Int WHOLE_SWAP_PERCENT = Param.Int.same(
            "whole_swap_percent", "chance in percent that the question asks for the whole swap", IntRange.exactly(24));
    static final Param.Int STRETCH = new Param.Int(
            "stretch",
            "moves in the stretch taken from a shortest full swap",
            IntRange.of(1, 3),
            IntRange.of(1, 5),
            IntRange.of(1, 12));
    static final List<Param> PARAMS = List.of(GREEN, RED, WHOLE_SWAP_PERCENT, STRETCH);

    private CheckerMoveGenerator() {}

    static CheckerMoveState generate(Parameters p, RandomGenerator rng) {
        int green = p.get(GREEN);
        int red = p.get(RED);
        String start = "G".repeat(green) + "_" + "R".repeat(red);
        String end = "R".repeat(red) + "_" + "G".repeat(green);
        if (rng.nextInt(100) < p.get(WHOLE_SWAP_PERCENT)) {
            return new CheckerMoveState(start, end);
        }
        List<String> swap = CheckerMoveSolver.shortestPath(start, end).orElseThrow();
        // one move short of the whole swap at most, so that the whole swap keeps its own share
        int moves = Math.min(p.get(STRETCH), swap.size() - 2);
        int from = rng.nextInt(swap.size() - moves);
        return new CheckerMoveState(swap.get(from), swap.get(from + moves));
    }
}
