package org.puzzlelens.puzzles.algo.checkermove;

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

class CheckerMovePuzzleTest extends PuzzleTypeContract<CheckerMoveState> {
    private static final CheckerMovePuzzle TYPE = new CheckerMovePuzzle();

    @Override
    protected PuzzleType<CheckerMoveState> type() {
        return TYPE;
    }

    /** The question states the number of squares; each square's centre is white, green or red. */
    @Override
    protected CheckerMoveState readPixels(BufferedImage image, CheckerMoveState q) {
        Pixels px = Pixels.of(image, CheckerMoveRenderer.canvas(q));
        return new CheckerMoveState(readRow(px, q, false), readRow(px, q, true));
    }

    private static String readRow(Pixels px, CheckerMoveState q, boolean endRow) {
        List<Color> colours = List.of(CheckerMoveRenderer.GREEN, CheckerMoveRenderer.RED, Color.WHITE);
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < q.squares(); i++) {
            Color seen = px.at(CheckerMoveRenderer.squareCentreX(i), CheckerMoveRenderer.rowCentreY(endRow));
            row.append("GR_".charAt(Pixels.nearest(seen, colours)));
        }
        return row.toString();
    }

    private static final Pattern ROW = Pattern.compile("Configuration, holds from left to right: ([a-z, ]+)\\.");

    @Override
    protected CheckerMoveState parseDescription(String description, CheckerMoveState q) {
        Matcher m = ROW.matcher(description);
        assertThat(m.find()).as(description).isTrue();
        String start = row(m.group(1));
        assertThat(m.find()).as(description).isTrue();
        return new CheckerMoveState(start, row(m.group(1)));
    }

    private static String row(String names) {
        StringBuilder row = new StringBuilder();
        for (String name : names.split(", ")) {
            row.append(
                    switch (name) {
                        case "green" -> 'G';
                        case "red" -> 'R';
                        default -> '_';
                    });
        }
        return row.toString();
    }

    /**
     * Independent check on random rows and a random walk of legal moves from them: iterative
     * deepening depth-first search, with moves generated square by square here, finds the same least
     * number of moves.
     */
    @Property(tries = 300)
    void solverAgreesWithIterativeDeepening(
            @ForAll @IntRange(min = 3, max = 8) int squares,
            @ForAll @IntRange(min = 0, max = 1 << 16) int colours,
            @ForAll @IntRange(min = 0, max = 7) int blank,
            @ForAll @IntRange(min = 1, max = 8) int walk,
            @ForAll @IntRange(min = 0, max = 1 << 16) int choices) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < squares; i++) {
            row.append(i == blank % squares ? '_' : (colours >> i & 1) == 0 ? 'G' : 'R');
        }
        String start = row.toString();
        String end = start;
        for (int step = 0, pick = choices; step < walk; step++, pick /= 3) {
            List<String> next = nextRows(end);
            if (next.isEmpty()) {
                break;
            }
            end = next.get(pick % next.size());
        }
        if (end.equals(start)) {
            return;
        }
        int depth = 1;
        while (!reachable(start, end, depth)) {
            depth++;
        }
        assertThat(CheckerMoveSolver.solve(new CheckerMoveState(start, end)).answer())
                .isEqualTo(Integer.toString(depth));
    }

    private static boolean reachable(String row, String goal, int depth) {
        if (row.equals(goal)) {
            return true;
        }
        return depth > 0 && nextRows(row).stream().anyMatch(next -> reachable(next, goal, depth - 1));
    }

    /** Moves into the blank: from its left a green slide or jump over red, from its right a red slide or jump over green. */
    private static List<String> nextRows(String row) {
        int b = row.indexOf('_');
        List<String> out = new ArrayList<>();
        int[][] sources = {{b - 1, 'G', 0}, {b - 2, 'G', 'R'}, {b + 1, 'R', 0}, {b + 2, 'R', 'G'}};
        for (int[] src : sources) {
            int at = src[0];
            if (at < 0 || at >= row.length() || row.charAt(at) != src[1]) {
                continue;
            }
            if (src[2] != 0 && row.charAt((at + b) / 2) != src[2]) {
                continue;
            }
            char[] cs = row.toCharArray();
            cs[b] = cs[at];
            cs[at] = '_';
            out.add(new String(cs));
        }
        return out;
    }

    @Test
    void questionAndMoveCountMatchEveryReleasedRecord() throws Exception {
        ReleasedRecords.assertQuestionsMatch(TYPE);
        for (var line : ReleasedRecords.of(TYPE)) {
            var released = line.solution();
            var fields = TYPE.solve(line.state()).fields();
            assertThat(fields.get("moves").size())
                    .isEqualTo(released.get("moves").size());
            assertThat(fields.get("green_checkers")).isEqualTo(released.get("green_checkers"));
            assertThat(fields.get("red_checkers")).isEqualTo(released.get("red_checkers"));
        }
    }
}
