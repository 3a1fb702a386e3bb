package org.puzzlelens.puzzles.algo.checkermove;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.search.BreadthFirstSearch;

/** Breadth-first search over rows; the first time the end is reached gives the least number of moves. */
final class CheckerMoveSolver {
    private CheckerMoveSolver() {}

    /**
     * Rows one move away, in square order: green moves right and red left, each either sliding into
     * the adjacent empty square or jumping a checker of the other colour into the empty square beyond.
     */
    static List<String> moves(String row) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < row.length(); i++) {
            char ch = row.charAt(i);
            int step = ch == 'G' ? 1 : ch == 'R' ? -1 : 0;
            if (step == 0) {
                continue;
            }
            char other = ch == 'G' ? 'R' : 'G';
            if (emptyAt(row, i + step)) {
                out.add(swap(row, i, i + step));
            } else if (emptyAt(row, i + 2 * step) && row.charAt(i + step) == other) {
                out.add(swap(row, i, i + 2 * step));
            }
        }
        return out;
    }

    private static boolean emptyAt(String row, int i) {
        return i >= 0 && i < row.length() && row.charAt(i) == '_';
    }

    private static String swap(String row, int i, int j) {
        char[] cs = row.toCharArray();
        char t = cs[i];
        cs[i] = cs[j];
        cs[j] = t;
        return new String(cs);
    }

    /** The rows from start to end along a shortest sequence of moves, or empty when the end is unreachable. */
    static Optional<List<String>> shortestPath(String start, String end) {
        var search = BreadthFirstSearch.overStates(
                List.of(start), CheckerMoveSolver::moves, end::equals, BreadthFirstSearch.UNBOUNDED);
        return search.reached(end) ? Optional.of(search.pathTo(end)) : Optional.empty();
    }

    static Solution solve(CheckerMoveState s) {
        List<String> path = shortestPath(s.start(), s.end()).orElseThrow();
        int moves = path.size() - 1;
        Trace trace = new Trace()
                .add(
                        "Start %s, end %s (G green, R red, _ empty; squares numbered from 1 at the left).",
                        s.start(), s.end())
                .add("Search breadth-first: green moves right and red left, sliding into the empty square or jumping "
                        + "one checker of the other colour.");
        for (int i = 1; i < path.size(); i++) {
            trace.add("Move %d: %s, giving %s.", i, describeMove(path.get(i - 1), path.get(i)), path.get(i));
        }
        trace.add("The end is first reached at depth %d, so no shorter sequence exists.", moves)
                .add("Answer: %d", moves);
        ObjectNode fields = Json.object();
        fields.put("start_position", s.start());
        fields.put("end_position", s.end());
        fields.put("green_checkers", CheckerMoveState.count(s.start(), 'G'));
        fields.put("red_checkers", CheckerMoveState.count(s.start(), 'R'));
        fields.set("moves", Json.tree(path));
        return new Solution(Integer.toString(moves), trace.lines(), fields);
    }

    private static String describeMove(String before, String after) {
        int from = after.indexOf('_');
        int to = before.indexOf('_');
        String colour = before.charAt(from) == 'G' ? "green" : "red";
        return colour + " " + (Math.abs(to - from) == 1 ? "slides" : "jumps") + " from square " + (from + 1)
                + " to square " + (to + 1);
    }
}
