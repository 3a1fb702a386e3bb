package org.puzzlelens.puzzles.algo.woodslide;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.search.BreadthFirstSearch;

/** Breadth-first search over block positions, one block moved one cell per move. */
final class WoodSlideSolver {
    private WoodSlideSolver() {}

    /** Searches from {@code start} until {@code goal} (if any) is reached or {@code maxMoves} layers are done. */
    static BreadthFirstSearch<Board, Board.Move> search(Board start, Optional<Board> goal, int maxMoves) {
        return BreadthFirstSearch.search(
                List.of(start),
                Board::moves,
                Board.Move::after,
                board -> goal.filter(board::equals).isPresent(),
                maxMoves);
    }

    static boolean solvable(WoodSlideState s) {
        return search(s.startBoard(), Optional.of(s.endBoard()), BreadthFirstSearch.UNBOUNDED)
                .reached(s.endBoard());
    }

    static Solution solve(WoodSlideState s) {
        Board start = s.startBoard();
        Board goal = s.endBoard();
        var search = search(start, Optional.of(goal), BreadthFirstSearch.UNBOUNDED);
        if (!search.reached(goal)) {
            throw new IllegalArgumentException("the ending board cannot be reached from the starting board");
        }
        List<Board.Move> path = search.movesTo(goal);
        Trace trace = new Trace()
                .add(
                        "Start %s, goal %s (rows separated by /, 0 empty); each move slides one block one cell.",
                        String.join("/", s.start()), String.join("/", s.end()))
                .add("Search the boards breadth first, one move per level, never revisiting a board.");
        for (int k = 1; k < search.layers().size(); k++) {
            trace.add(
                    "After %d %s: %d new %s.",
                    k,
                    k == 1 ? "move" : "moves",
                    search.layers().get(k).size(),
                    search.layers().get(k).size() == 1 ? "board" : "boards");
        }
        trace.add("The goal is first reached after %d %s:", path.size(), path.size() == 1 ? "move" : "moves");
        for (Board.Move m : path) {
            Board.Shape shape = m.before().shapes().get(m.digit());
            trace.add(
                    "Slide block %c (%d x %d) %s: %s.",
                    m.digit(),
                    shape.height(),
                    shape.width(),
                    m.direction().word(),
                    String.join("/", m.after().cells()));
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
