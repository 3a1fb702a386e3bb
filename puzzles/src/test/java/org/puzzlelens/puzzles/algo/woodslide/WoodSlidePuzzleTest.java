package org.puzzlelens.puzzles.algo.woodslide;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class WoodSlidePuzzleTest extends PuzzleTypeContract<WoodSlideState> {
    private static final WoodSlidePuzzle TYPE = new WoodSlidePuzzle();

    @Override
    protected PuzzleType<WoodSlideState> type() {
        return TYPE;
    }

    /** Each cell's centre on both boards, matched to the nearest block shade or white. */
    @Override
    protected WoodSlideState readPixels(BufferedImage image, WoodSlideState q) {
        Pixels px = Pixels.of(image, WoodSlideRenderer.canvas(q));
        return new WoodSlideState(
                readBoard(px, WoodSlideRenderer.START_LEFT), readBoard(px, WoodSlideRenderer.END_LEFT));
    }

    /** White (an empty cell, digit 0), then the shade of block 1, 2, ... */
    private static final List<Color> PALETTE = Stream.concat(Stream.of(Color.WHITE), WoodSlideRenderer.SHADES.stream())
            .toList();

    private static List<String> readBoard(Pixels px, double left) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < WoodSlideGenerator.ROWS; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < WoodSlideGenerator.COLS; c++) {
                Color seen = px.at(
                        left + (c + 0.5) * WoodSlideRenderer.CELL,
                        WoodSlideRenderer.TOP + (r + 0.5) * WoodSlideRenderer.CELL);
                row.append((char) ('0' + Pixels.nearest(seen, PALETTE)));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    private static final Pattern BOARD =
            Pattern.compile("(Starting|Ending) configuration, rows from the top: ([A-Z_]+(?: / [A-Z_]+)*)\\.");

    /** Letters name blocks in reading order of the start board; the question's digits in that order name them back. */
    @Override
    protected WoodSlideState parseDescription(String description, WoodSlideState q) {
        Matcher m = BOARD.matcher(description);
        List<List<String>> boards = new ArrayList<>();
        while (m.find()) {
            List<String> rows = new ArrayList<>();
            for (String row : m.group(2).split(" / ")) {
                StringBuilder digits = new StringBuilder();
                row.chars()
                        .forEach(ch ->
                                digits.append(ch == '_' ? '0' : q.readingOrder().get(ch - 'A')));
                rows.add(digits.toString());
            }
            boards.add(rows);
        }
        assertThat(boards).hasSize(2);
        return new WoodSlideState(boards.get(0), boards.get(1));
    }

    /** Independent check: iterative deepening over every block move, on raw character grids. */
    @Property(tries = 60)
    void solverAgreesWithIterativeDeepening(@ForAll @IntRange(min = 1, max = 3) int moves, @ForAll long seed) {
        WoodSlideState s =
                WoodSlideGenerator.generate(new Parameters(Map.of("moves", moves)), new SplittableRandom(seed));
        String goal = String.join("", s.end());
        int least = -1;
        for (int depth = 0; depth <= 4 && least < 0; depth++) {
            if (reachable(String.join("", s.start()), goal, depth)) {
                least = depth;
            }
        }
        assertThat(least).isBetween(1, 3);
        assertThat(WoodSlideSolver.solve(s).answer()).isEqualTo(Integer.toString(least));
    }

    private static boolean reachable(String board, String goal, int depth) {
        if (board.equals(goal)) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (char d = '1'; d <= '9'; d++) {
            for (int[] step : steps) {
                String next = slide(board, d, step[0], step[1]);
                if (next != null && reachable(next, goal, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The 5 x 4 board (20 characters) with block {@code d} slid one cell, or null if it is blocked. */
    private static String slide(String board, char d, int dr, int dc) {
        char[] next = board.replace(d, '0').toCharArray();
        for (int i = 0; i < 20; i++) {
            if (board.charAt(i) != d) {
                continue;
            }
            int r = i / 4 + dr;
            int c = i % 4 + dc;
            if (r < 0 || r >= 5 || c < 0 || c >= 4 || next[r * 4 + c] != '0') {
                return null;
            }
            next[r * 4 + c] = d;
        }
        return board.indexOf(d) < 0 ? null : new String(next);
    }

    @Test
    void questionAndMovesMatchAReleasedRecord() {
        WoodSlideState s = new WoodSlideState(
                List.of("3305", "6224", "6711", "0711", "8899"), List.of("3354", "6022", "6711", "0711", "8899"));
        assertThat(TYPE.question(s))
                .isEqualTo("Consider a sliding block puzzle of grid size 5 * 4 units. It has 9 "
                        + "wooden blocks of varying sizes: one 2 * 2, four 1 * 2, two 2 * 1, and two 1 * 1. The gird also has "
                        + "two empty 1 * 1 spaces. The blocks cannot be removed from the grid, and may only be slid "
                        + "horizontally and vertically within its boundary. A move is defined as selecting a block that is "
                        + "slideable, and moving it by 1 unit either horizontally or vertically, whichever is possible. The "
                        + "image shows the starting and ending configurations of the puzzle grid. The wooden blocks are shown "
                        + "in various shades of brown and the empty spaces are shown in white. What is the minimum number of "
                        + "moves required to reach the ending configuration from the starting configuration?");
        var solution = WoodSlideSolver.solve(s);
        assertThat(solution.answer()).isEqualTo("3");
        assertThat(solution.fields().get("moves")).hasSize(4);
        assertThat(solution.fields().get("start_position").asText()).isEqualTo("3305\n6224\n6711\n0711\n8899");
    }
}
