package org.puzzlelens.puzzles.algo.boardtile;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * Draws a board size and removes squares uniformly at random; with two removed squares the colours
 * differ about half the time, so Yes and No come out about equally often (52/48 in the release).
 */
final class BoardTileGenerator {
    static final Param.Int ROWS =
            new Param.Int("rows", "rows of the board", IntRange.of(3, 5), IntRange.of(4, 9), IntRange.of(8, 14));
    static final Param.Int COLUMNS =
            new Param.Int("columns", "columns of the board", IntRange.of(3, 5), IntRange.of(5, 9), IntRange.of(8, 14));
    static final List<Param> PARAMS = List.of(ROWS, COLUMNS);

    private BoardTileGenerator() {}

    static BoardTileState generate(Parameters p, RandomGenerator rng) {
        int rows = p.get(ROWS);
        int columns = p.get(COLUMNS);
        int squares = rows * columns;
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < BoardTileState.removedCount(rows, columns)) {
            int sq = rng.nextInt(squares);
            if (!picked.contains(sq)) {
                picked.add(sq);
            }
        }
        return new BoardTileState(
                rows,
                columns,
                picked.stream().map(sq -> List.of(sq / columns, sq % columns)).toList());
    }
}
