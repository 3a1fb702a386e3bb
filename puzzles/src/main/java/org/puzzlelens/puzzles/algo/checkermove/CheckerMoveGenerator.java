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
    static final List<Param> PARAMS = List.of(
            new Param.Int("green", "green checkers", IntRange.of(1, 2), IntRange.of(1, 5), IntRange.of(4, 7)),
            new Param.Int("red", "red checkers", IntRange.of(1, 2), IntRange.of(1, 5), IntRange.of(4, 7)),
            // the release has 24 full swaps and 76 stretches of 1..5 moves
            new Param.Int("stretch", "moves in the stretch taken from a shortest full swap; 0 = the whole swap",
                    IntRange.of(0, 3), IntRange.of(0, 5), IntRange.of(0, 12)));

    private CheckerMoveGenerator() {
    }

    static CheckerMoveState generate(Parameters p, RandomGenerator rng) {
        int green = p.getInt("green");
        int red = p.getInt("red");
        String start = "G".repeat(green) + "_" + "R".repeat(red);
        String end = "R".repeat(red) + "_" + "G".repeat(green);
        if (p.getInt("stretch") == 0) {
            return new CheckerMoveState(start, end);
        }
        List<String> swap = CheckerMoveSolver.shortestPath(start, end).orElseThrow();
        int moves = Math.min(p.getInt("stretch"), swap.size() - 1);
        int from = rng.nextInt(swap.size() - moves);
        return new CheckerMoveState(swap.get(from), swap.get(from + moves));
    }
}
