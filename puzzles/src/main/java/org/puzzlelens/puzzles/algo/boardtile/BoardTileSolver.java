package org.puzzlelens.puzzles.algo.boardtile;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * Decides tileability exactly: a domino covers two adjacent squares, one dark and one light, so a
 * tiling is a perfect matching between the remaining dark and light squares along board edges
 * (Kuhn's augmenting paths). The released answers follow the colour-count parity rule; on
 * rectangles at least 2 x 2 with at most two squares removed the two agree (Gomory's theorem), which
 * the tests check on every released board.
 */
final class BoardTileSolver {
    static final List<Double> DARK_RGB = List.of(1.0, 0.7647, 0.2235);
    static final List<Double> LIGHT_RGB = List.of(1.0, 0.902, 0.702);
    static final List<Double> WHITE_RGB = List.of(1.0, 1.0, 1.0);
    private static final int[][] STEPS = {{0, 1}, {1, 0}, {0, -1}, {-1, 0}};

    private BoardTileSolver() {}

    static Solution solve(BoardTileState s) {
        int dark = countRemaining(s, true);
        int light = countRemaining(s, false);
        Trace trace = new Trace()
                .add(
                        "The board is %d x %d = %d squares; the top-left square is dark yellow and colours alternate.",
                        s.rows(), s.columns(), s.rows() * s.columns());
        for (List<Integer> sq : s.removed()) {
            trace.add(
                    "Removed: row %d, column %d, a %s square.",
                    sq.get(0) + 1, sq.get(1) + 1, BoardTileState.dark(sq.get(0), sq.get(1)) ? "dark" : "light");
        }
        trace.add(
                        "Remaining: %d dark and %d light squares, %d in all, for %d dominoes.",
                        dark, light, s.remaining(), s.remaining() / 2)
                .add("Every domino covers two adjacent squares, which always have different colours.");
        int[] partner = matchDarkToLight(s);
        int matched = (int) Arrays.stream(partner).filter(p -> p >= 0).count() / 2;
        boolean tiles = 2 * matched == s.remaining();
        if (dark != light) {
            trace.add(
                    "%d dark squares need %d dominoes but only %d light squares are left, so no tiling exists.",
                    dark, dark, light);
        } else {
            trace.add("The counts are equal; pair each dark square with an adjacent light square by augmenting paths.");
            trace.add(
                    tiles
                            ? "All squares are paired; dominoes: " + dominoes(s, partner)
                            : "Only " + matched + " pairs can be formed, so the board cannot be tiled.");
        }
        String answer = tiles ? "Yes" : "No";
        trace.add("Answer: %s", answer);
        return new Solution(answer, trace.lines(), fields(s, dark, light));
    }

    private static int countRemaining(BoardTileState s, boolean dark) {
        int n = 0;
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                if (!s.isRemoved(r, c) && BoardTileState.dark(r, c) == dark) {
                    n++;
                }
            }
        }
        return n;
    }

    /** partner[square] = the square it shares a domino with, or -1; squares numbered row * columns + column. */
    private static int[] matchDarkToLight(BoardTileState s) {
        int[] partner = new int[s.rows() * s.columns()];
        Arrays.fill(partner, -1);
        for (int sq = 0; sq < partner.length; sq++) {
            if (open(s, sq) && BoardTileState.dark(sq / s.columns(), sq % s.columns())) {
                augment(s, sq, partner, new boolean[partner.length]);
            }
        }
        return partner;
    }

    private static boolean augment(BoardTileState s, int darkSq, int[] partner, boolean[] seen) {
        for (int lightSq : neighbours(s, darkSq)) {
            if (seen[lightSq]) {
                continue;
            }
            seen[lightSq] = true;
            if (partner[lightSq] < 0 || augment(s, partner[lightSq], partner, seen)) {
                partner[lightSq] = darkSq;
                partner[darkSq] = lightSq;
                return true;
            }
        }
        return false;
    }

    private static List<Integer> neighbours(BoardTileState s, int sq) {
        List<Integer> out = new ArrayList<>();
        int r = sq / s.columns();
        int c = sq % s.columns();
        for (int[] d : STEPS) {
            int nr = r + d[0];
            int nc = c + d[1];
            if (nr >= 0 && nr < s.rows() && nc >= 0 && nc < s.columns() && !s.isRemoved(nr, nc)) {
                out.add(nr * s.columns() + nc);
            }
        }
        return out;
    }

    private static boolean open(BoardTileState s, int sq) {
        return !s.isRemoved(sq / s.columns(), sq % s.columns());
    }

    private static String dominoes(BoardTileState s, int[] partner) {
        List<String> out = new ArrayList<>();
        for (int sq = 0; sq < partner.length; sq++) {
            if (partner[sq] > sq) {
                out.add(square(s, sq) + "-" + square(s, partner[sq]));
            }
        }
        return String.join(" ", out);
    }

    private static String square(BoardTileState s, int sq) {
        return "r" + (sq / s.columns() + 1) + "c" + (sq % s.columns() + 1);
    }

    private static ObjectNode fields(BoardTileState s, int dark, int light) {
        ObjectNode f = Json.object();
        ArrayNode board = f.putArray("board");
        for (int r = 0; r < s.rows(); r++) {
            ArrayNode row = board.addArray();
            for (int c = 0; c < s.columns(); c++) {
                List<Double> rgb = s.isRemoved(r, c) ? WHITE_RGB : BoardTileState.dark(r, c) ? DARK_RGB : LIGHT_RGB;
                rgb.forEach(row.addArray()::add);
            }
        }
        f.put("rows", s.rows());
        f.put("columns", s.columns());
        f.set("removed_positions", Json.tree(s.removed()));
        f.set("color1", Json.tree(DARK_RGB));
        f.put("squares_of_color1", dark);
        f.set("color2", Json.tree(LIGHT_RGB));
        f.put("squares_of_color2", light);
        return f;
    }
}
