package org.puzzlelens.puzzles.algo.boardtile;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class BoardTilePuzzleTest extends PuzzleTypeContract<BoardTileState> {
    private static final BoardTilePuzzle TYPE = new BoardTilePuzzle();

    @Override
    protected PuzzleType<BoardTileState> type() {
        return TYPE;
    }

    @Override
    protected int optionCount() {
        return 2;
    }

    /** The question states the size; each square's centre is white when removed, else the chequer colour. */
    @Override
    protected BoardTileState readPixels(BufferedImage image, BoardTileState q) {
        Pixels px = Pixels.of(image, BoardTileRenderer.canvas(q));
        List<List<Integer>> removed = new ArrayList<>();
        for (int r = 0; r < q.rows(); r++) {
            for (int c = 0; c < q.columns(); c++) {
                double x = (c + 0.5) * BoardTileRenderer.CELL;
                double y = (r + 0.5) * BoardTileRenderer.CELL;
                if (px.near(x, y, Color.WHITE, 10)) {
                    removed.add(List.of(r, c));
                } else {
                    Color expected = (r + c) % 2 == 0 ? BoardTileRenderer.DARK : BoardTileRenderer.LIGHT;
                    assertThat(px.near(x, y, expected, 10))
                            .as("square r%dc%d colour", r, c)
                            .isTrue();
                }
            }
        }
        return new BoardTileState(q.rows(), q.columns(), removed);
    }

    private static final Pattern SIZE = Pattern.compile("checkerboard of (\\d+) rows and (\\d+) columns");
    private static final Pattern SQUARE = Pattern.compile("row (\\d+), column (\\d+) \\(a (dark|light) yellow");

    @Override
    protected BoardTileState parseDescription(String description, BoardTileState q) {
        Matcher size = SIZE.matcher(description);
        assertThat(size.find()).as(description).isTrue();
        List<List<Integer>> removed = new ArrayList<>();
        Matcher sq = SQUARE.matcher(description);
        while (sq.find()) {
            removed.add(List.of(Integer.parseInt(sq.group(1)) - 1, Integer.parseInt(sq.group(2)) - 1));
        }
        return new BoardTileState(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)), removed);
    }

    /** Independent brute force: cover the first free square in reading order rightwards or downwards. */
    @Property
    void solverAgreesWithExhaustiveTiling(
            @ForAll @IntRange(min = 2, max = 5) int rows,
            @ForAll @IntRange(min = 2, max = 6) int columns,
            @ForAll @IntRange(min = 0, max = 29) int first,
            @ForAll @IntRange(min = 1, max = 29) int gap) {
        int squares = rows * columns;
        List<List<Integer>> removed =
                new ArrayList<>(List.of(List.of(first % squares / columns, first % squares % columns)));
        if (squares % 2 == 0) {
            int second = (first % squares + 1 + gap % (squares - 1)) % squares;
            removed.add(List.of(second / columns, second % columns));
        }
        BoardTileState s = new BoardTileState(rows, columns, removed);
        boolean[] covered = new boolean[squares];
        s.removed().forEach(sq -> covered[sq.get(0) * columns + sq.get(1)] = true);
        assertThat(BoardTileSolver.solve(s).answer()).isEqualTo(tiles(covered, columns) ? "Yes" : "No");
    }

    private static boolean tiles(boolean[] covered, int columns) {
        int free = 0;
        while (free < covered.length && covered[free]) {
            free++;
        }
        if (free == covered.length) {
            return true;
        }
        int[] partners = {
            free % columns + 1 < columns ? free + 1 : -1, free + columns < covered.length ? free + columns : -1
        };
        for (int partner : partners) {
            if (partner >= 0 && !covered[partner]) {
                covered[free] = covered[partner] = true;
                boolean done = tiles(covered, columns);
                covered[free] = covered[partner] = false;
                if (done) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The release decided by colour counts alone; the exact tiling agrees on every released board. */
    @Test
    void releasedAnswersFollowTheColourCountsAndExactTilingAgrees() throws Exception {
        for (var line : ReleasedRecords.of(TYPE)) {
            var solution = line.solution();
            boolean equalCounts = solution.get("squares_of_color1").asInt()
                    == solution.get("squares_of_color2").asInt();
            assertThat(line.record().answer()).isEqualTo(equalCounts ? "Yes" : "No");
            assertThat(TYPE.solve(line.state()).answer())
                    .isEqualTo(line.record().answer());
            assertThat(TYPE.solve(line.state()).fields()).isEqualTo(solution);
        }
    }

    @Test
    void questionMatchesTheReleasedWording() throws Exception {
        ReleasedRecords.assertQuestionsMatch(TYPE);
    }
}
