package org.puzzlelens.puzzles.algo.woodslide;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Breadth-first search over block positions, one block moved one cell per move. */
final class WoodSlideSolver {
    private WoodSlideSolver() {
    }

    /** Layer k holds the boards first reached after k moves, in discovery order. */
    record Search(List<List<Board>> layers, Map<Board, Board.Move> reachedBy) {
        List<Board.Move> pathTo(Board goal) {
            List<Board.Move> path = new ArrayList<>();
            for (Board.Move m = reachedBy.get(goal); m != null; m = reachedBy.get(m.before())) {
                path.add(m);
            }
            Collections.reverse(path);
            return path;
        }

        boolean reached(Board board) {
            return reachedBy.containsKey(board) || layers.get(0).contains(board);
        }
    }

    /** Searches from {@code start} until {@code goal} (if any) is reached or {@code maxMoves} layers are done. */
    static Search search(Board start, Optional<Board> goal, int maxMoves) {
        Map<Board, Board.Move> reachedBy = new HashMap<>();
        List<List<Board>> layers = new ArrayList<>();
        layers.add(List.of(start));
        while (layers.size() <= maxMoves && goal.filter(g -> reachedBy.containsKey(g) || g.equals(start)).isEmpty()) {
            List<Board> next = new ArrayList<>();
            for (Board b : layers.getLast()) {
                for (Board.Move m : b.moves()) {
                    if (!m.after().equals(start) && reachedBy.putIfAbsent(m.after(), m) == null) {
                        next.add(m.after());
                    }
                }
            }
            if (next.isEmpty()) {
                break;
            }
            layers.add(List.copyOf(next));
        }
        return new Search(List.copyOf(layers), reachedBy);
    }

    static boolean solvable(WoodSlideState s) {
        return search(s.startBoard(), Optional.of(s.endBoard()), Integer.MAX_VALUE).reached(s.endBoard());
    }

    static Solution solve(WoodSlideState s) {
        Board start = s.startBoard();
        Board goal = s.endBoard();
        Search search = search(start, Optional.of(goal), Integer.MAX_VALUE);
        if (!search.reached(goal)) {
            throw new IllegalArgumentException("the ending board cannot be reached from the starting board");
        }
        List<Board.Move> path = search.pathTo(goal);
        Trace trace = new Trace()
                .add("Start %s, goal %s (rows separated by /, 0 empty); each move slides one block one cell.",
                        String.join("/", s.start()), String.join("/", s.end()))
                .add("Search the boards breadth first, one move per level, never revisiting a board.");
        for (int k = 1; k < search.layers().size(); k++) {
            trace.add("After %d %s: %d new %s.", k, k == 1 ? "move" : "moves", search.layers().get(k).size(),
                    search.layers().get(k).size() == 1 ? "board" : "boards");
        }
        trace.add("The goal is first reached after %d %s:", path.size(), path.size() == 1 ? "move" : "moves");
        for (Board.Move m : path) {
            Board.Shape shape = m.before().shapes().get(m.digit());
            trace.add("Slide block %c (%d x %d) %s: %s.", m.digit(), shape.height(), shape.width(),
                    m.direction().word(), String.join("/", m.after().cells()));
        }
        trace.add("Answer: %d", path.size());

        var fields = Json.object();
        fields.put("start_position", WoodSlideState.joined(s.start()));
        fields.put("end_position", WoodSlideState.joined(s.end()));
        ArrayNode moves = fields.putArray("moves");
        moves.add(WoodSlideState.joined(s.start()));
        path.forEach(m -> moves.add(WoodSlideState.joined(m.after().cells())));
        return new Solution(Integer.toString(path.size()), trace.lines(), fields);
    }
}
