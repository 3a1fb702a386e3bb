package org.puzzlelens.puzzles.algo.numberslide;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Direction;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Statistic;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/**
 * Enumerates every sequence of exactly k moves of the open position (left, right, up, down, as the
 * released solver orders them), then answers from the boards they reach.
 */
final class NumberSlideSolver {
    private NumberSlideSolver() {}

    /** Every legal move sequence of length k, written "left, up", with the board it ends on. */
    static Map<String, Board> paths(Board start, int k) {
        Map<String, Board> out = new LinkedHashMap<>();
        extend(start, new ArrayList<>(), k, out);
        return out;
    }

    private static void extend(Board board, List<String> prefix, int left, Map<String, Board> out) {
        if (left == 0) {
            out.put(String.join(", ", prefix), board);
            return;
        }
        for (Direction d : Direction.values()) {
            Optional<Board> next = board.move(d);
            if (next.isPresent()) {
                prefix.add(d.word());
                extend(next.get(), prefix, left - 1, out);
                prefix.remove(prefix.size() - 1);
            }
        }
    }

    static Solution solve(NumberSlideState s) {
        Board start = new Board(s.grid());
        Map<String, Board> paths = paths(start, s.totalMoves());
        List<Board> distinct = List.copyOf(new LinkedHashSet<>(paths.values()));
        Trace trace = new Trace()
                .add(
                        "The open position starts at row %d, column %d of the %d x %d board.",
                        start.blankRow() + 1, start.blankCol() + 1, s.size(), s.size());
        int answer = switch (s.kind()) {
            case COUNT -> count(start, s.totalMoves(), trace);
            case EXTREME_SUM -> extreme(s, paths, distinct, trace);
            case AFTER_SEQUENCE -> afterSequence(s, start, trace);
        };
        trace.add("Answer: %d", answer);

        ObjectNode fields = Json.object();
        fields.set("starting_grid", Json.tree(s.grid()));
        fields.put("total_moves", s.totalMoves());
        ObjectNode track = fields.putObject("path_track");
        ArrayNode states = fields.putArray("possible_states");
        paths.forEach((key, board) -> {
            track.set(key, Json.tree(board.grid()));
            states.add(Json.tree(board.grid()));
        });
        fields.put("unique_positions", distinct.size());
        return new Solution(Integer.toString(answer), trace.lines(), fields);
    }

    private static int count(Board start, int k, Trace trace) {
        int distinct = 0;
        for (int d = 1; d <= k; d++) {
            Map<String, Board> paths = paths(start, d);
            distinct = new LinkedHashSet<>(paths.values()).size();
            trace.add(
                    "Exactly %d move%s: %d legal sequences reach %d distinct boards.",
                    d, d == 1 ? "" : "s", paths.size(), distinct);
        }
        return distinct;
    }

    private static int extreme(NumberSlideState s, Map<String, Board> paths, List<Board> distinct, Trace trace) {
        trace.add(
                "Exactly %d moves: %d legal sequences reach %d distinct boards.",
                s.totalMoves(), paths.size(), distinct.size());
        TreeMap<Integer, String> bySum = new TreeMap<>();
        paths.forEach((key, board) -> bySum.putIfAbsent(board.sum(s.line()), key));
        trace.add(
                "Sums of the %s over those boards (open position counted as 0): %s.",
                s.line().phrase,
                String.join(", ", bySum.keySet().stream().map(String::valueOf).toList()));
        int best = s.statistic() == Statistic.MIN ? bySum.firstKey() : bySum.lastKey();
        trace.add(
                "The %s is %d, reached for example by %s.",
                s.statistic() == Statistic.MIN ? "minimum" : "maximum", best, bySum.get(best));
        return best;
    }

    private static int afterSequence(NumberSlideState s, Board start, Trace trace) {
        Board board = start;
        for (Direction d : s.sequence()) {
            Board before = board;
            board = before.move(d)
                    .orElseThrow(() -> new IllegalArgumentException("the open position cannot move " + d.word()
                            + " from row " + (before.blankRow() + 1) + ", column " + (before.blankCol() + 1)));
            trace.add(
                    "%s: the open position swaps with %d and is now at row %d, column %d.",
                    d.word(),
                    before.grid().get(board.blankRow()).get(board.blankCol()),
                    board.blankRow() + 1,
                    board.blankCol() + 1);
        }
        List<Integer> numbers =
                board.line(s.line()).stream().filter(v -> v != 0).toList();
        int value = switch (s.statistic()) {
            case SUM -> numbers.stream().mapToInt(Integer::intValue).sum();
            case MIN -> numbers.stream().mapToInt(Integer::intValue).min().orElseThrow();
            case MAX -> numbers.stream().mapToInt(Integer::intValue).max().orElseThrow();
        };
        trace.add(
                "The %s holding the open position reads %s; without the open position its %s is %d.",
                s.line().phrase,
                String.join(
                        " ",
                        board.line(s.line()).stream()
                                .map(NumberSlideDescriber::cell)
                                .toList()),
                switch (s.statistic()) {
                    case SUM -> "sum";
                    case MIN -> "minimum";
                    case MAX -> "maximum";
                },
                value);
        return value;
    }
}
