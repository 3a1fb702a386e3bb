package org.puzzlelens.puzzles.algo.woodslide;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * The released block set on a 5 x 4 board, with the released digits: 1 the 2 x 2 block, 2, 3, 8, 9
 * the 1 x 2 blocks, 6, 7 the 2 x 1 blocks, 4, 5 the 1 x 1 blocks. The start is a random tiling (a
 * random walk from one arrangement mixes far too slowly); the end is drawn among the boards first
 * reached from the start after the wanted number of moves.
 */
final class WoodSlideGenerator {
    static final int ROWS = 5;
    static final int COLS = 4;
    /** Block digits with their heights and widths; '0' cells are the two empty spaces. */
    private static final List<Piece> PIECES = List.of(
            new Piece('1', 2, 2),
            new Piece('2', 1, 2),
            new Piece('3', 1, 2),
            new Piece('8', 1, 2),
            new Piece('9', 1, 2),
            new Piece('6', 2, 1),
            new Piece('7', 2, 1),
            new Piece('4', 1, 1),
            new Piece('5', 1, 1),
            new Piece('0', 1, 1),
            new Piece('0', 1, 1));

    private static final char UNSET = '?';

    private record Piece(char digit, int height, int width) {}

    static final Param.Int MOVES = new Param.Int(
            "moves",
            "least number of moves from start to end",
            IntRange.of(1, 2),
            IntRange.of(1, 5),
            IntRange.of(6, 8));
    static final List<Param> PARAMS = List.of(MOVES);

    private WoodSlideGenerator() {}

    static WoodSlideState generate(Parameters p, RandomGenerator rng) {
        int moves = p.get(MOVES);
        char[][] grid = new char[ROWS][COLS];
        for (char[] row : grid) {
            Arrays.fill(row, UNSET);
        }
        if (!tile(grid, new ArrayList<>(PIECES), rng)) {
            throw new IllegalStateException("the block set does not tile the board");
        }
        List<String> rows = Arrays.stream(grid).map(String::new).toList();
        Board start = Board.of(rows);
        List<Board> ends =
                WoodSlideSolver.search(start, Optional.empty(), moves).layers().getLast();
        return new WoodSlideState(
                start.cells(), ends.get(rng.nextInt(ends.size())).cells());
    }

    /** Fills the first unset cell with a randomly ordered choice of the pieces left, backtracking on a dead end. */
    private static boolean tile(char[][] grid, List<Piece> left, RandomGenerator rng) {
        int cell = firstUnset(grid);
        if (cell < 0) {
            return left.isEmpty();
        }
        int r = cell / COLS;
        int c = cell % COLS;
        List<Piece> order = new ArrayList<>(left);
        for (int i = order.size() - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        for (Piece piece : order) {
            if (!fits(grid, piece, r, c)) {
                continue;
            }
            fill(grid, piece, r, c, piece.digit());
            left.remove(piece);
            if (tile(grid, left, rng)) {
                return true;
            }
            left.add(piece);
            fill(grid, piece, r, c, UNSET);
        }
        return false;
    }

    private static int firstUnset(char[][] grid) {
        for (int i = 0; i < ROWS * COLS; i++) {
            if (grid[i / COLS][i % COLS] == UNSET) {
                return i;
            }
        }
        return -1;
    }

    private static boolean fits(char[][] grid, Piece piece, int r, int c) {
        if (r + piece.height() > ROWS || c + piece.width() > COLS) {
            return false;
        }
        for (int dr = 0; dr < piece.height(); dr++) {
            for (int dc = 0; dc < piece.width(); dc++) {
                if (grid[r + dr][c + dc] != UNSET) {
                    return false;
                }
            }
        }
        return true;
    }

    private static void fill(char[][] grid, Piece piece, int r, int c, char value) {
        for (int dr = 0; dr < piece.height(); dr++) {
            for (int dc = 0; dc < piece.width(); dc++) {
                grid[r + dr][c + dc] = value;
            }
        }
    }
}
