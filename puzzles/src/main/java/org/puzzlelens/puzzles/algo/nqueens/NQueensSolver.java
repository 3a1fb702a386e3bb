package org.puzzlelens.puzzles.algo.nqueens;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * Backtracking over the rows that have no queen: in each, try every column that no queen already on
 * the board (shown or placed) attacks; the first full placement gives the two squares.
 */
final class NQueensSolver {
    private NQueensSolver() {}

    /** The missing queens as [row, column], or empty when the shown queens cannot be completed. */
    static Optional<List<List<Integer>>> complete(NQueensState s) {
        return search(s, emptyRows(s), 0, new ArrayList<>(), new Trace());
    }

    static Solution solve(NQueensState s) {
        List<Integer> rows = emptyRows(s);
        Trace trace = new Trace()
                .add(
                        "The board is %d x %d with %d queens at %s.",
                        s.size(), s.size(), s.queens().size(), squares(s.queens()))
                .add("Rows without a queen: %s; each needs one of the two missing queens.", oneBased(rows));
        List<List<Integer>> missing = search(s, rows, 0, new ArrayList<>(), trace)
                .orElseThrow(() -> new IllegalArgumentException("the queens shown cannot be completed: " + s));
        List<Integer> a = missing.get(0);
        List<Integer> b = missing.get(1);
        int distance = Math.abs(a.get(0) - b.get(0)) + Math.abs(a.get(1) - b.get(1));
        trace.add(
                        "Manhattan distance between %s and %s = |%d - %d| + |%d - %d| = %d.",
                        squares(List.of(a)),
                        squares(List.of(b)),
                        a.get(0) + 1,
                        b.get(0) + 1,
                        a.get(1) + 1,
                        b.get(1) + 1,
                        distance)
                .add("Answer: %d", distance);
        ObjectNode fields = Json.object();
        fields.put("rows", s.size());
        fields.put("columns", s.size());
        fields.set("given_queen_positions", Json.tree(s.queens()));
        fields.set("missing_queen_positions", Json.tree(missing));
        return new Solution(Integer.toString(distance), trace.lines(), fields);
    }

    private static Optional<List<List<Integer>>> search(
            NQueensState s, List<Integer> rows, int next, List<List<Integer>> placed, Trace trace) {
        if (next == rows.size()) {
            return Optional.of(List.copyOf(placed));
        }
        int row = rows.get(next);
        List<Integer> safe = new ArrayList<>();
        for (int c = 0; c < s.size(); c++) {
            if (safe(s, placed, row, c)) {
                safe.add(c);
            }
        }
        trace.add(
                "Row %d: columns not attacked by any queen on the board: %s.",
                row + 1, safe.isEmpty() ? "none, so back up" : oneBased(safe));
        for (int c : safe) {
            placed.add(List.of(row, c));
            trace.add("Place a queen at r%dc%d.", row + 1, c + 1);
            Optional<List<List<Integer>>> done = search(s, rows, next + 1, placed, trace);
            if (done.isPresent()) {
                return done;
            }
            placed.remove(placed.size() - 1);
        }
        return Optional.empty();
    }

    private static boolean safe(NQueensState s, List<List<Integer>> placed, int row, int column) {
        List<List<Integer>> all = new ArrayList<>(s.queens());
        all.addAll(placed);
        return all.stream().noneMatch(q -> NQueensState.attack(q.get(0), q.get(1), row, column));
    }

    private static List<Integer> emptyRows(NQueensState s) {
        List<Integer> rows = new ArrayList<>();
        for (int r = 0; r < s.size(); r++) {
            if (s.queenIn(r) < 0) {
                rows.add(r);
            }
        }
        return rows;
    }

    private static String oneBased(List<Integer> indices) {
        return String.join(
                ", ", indices.stream().map(i -> Integer.toString(i + 1)).toList());
    }

    static String squares(List<List<Integer>> squares) {
        return String.join(
                ", ",
                squares.stream()
                        .map(q -> "r" + (q.get(0) + 1) + "c" + (q.get(1) + 1))
                        .toList());
    }
}
