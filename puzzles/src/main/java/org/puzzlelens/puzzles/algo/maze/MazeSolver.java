package org.puzzlelens.puzzles.algo.maze;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.puzzlelens.puzzles.algo.maze.MazeState.Cell;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.search.BreadthFirstSearch;

/**
 * Breadth-first search from the entrance gives a shortest path (the only path in a perfect maze);
 * the path is then walked straight run by straight run, counting turns as seen on the screen.
 */
final class MazeSolver {
    private MazeSolver() {}

    /** A straight run of the path: {@code length} steps heading one way, ending at {@code end}. */
    record Run(Direction heading, int length, Cell end) {}

    static List<Cell> shortestPath(MazeState s) {
        Cell exit = s.exit();
        var search = BreadthFirstSearch.overStates(
                List.of(MazeState.ENTRANCE),
                c -> Arrays.stream(Direction.values())
                        .map(c::step)
                        .filter(s::open)
                        .toList(),
                exit::equals,
                BreadthFirstSearch.UNBOUNDED);
        if (!search.reached(exit)) {
            throw new IllegalArgumentException("the exit cannot be reached from the entrance");
        }
        return search.pathTo(exit);
    }

    static List<Run> runs(List<Cell> path) {
        List<Run> runs = new ArrayList<>();
        for (int i = 1; i < path.size(); i++) {
            Direction d = Direction.between(path.get(i - 1), path.get(i));
            if (!runs.isEmpty() && runs.getLast().heading() == d) {
                runs.set(runs.size() - 1, new Run(d, runs.getLast().length() + 1, path.get(i)));
            } else {
                runs.add(new Run(d, 1, path.get(i)));
            }
        }
        return runs;
    }

    /** A right turn is one step clockwise on the screen (moving up, then right). */
    static boolean rightTurn(Direction from, Direction to) {
        return Math.floorMod(to.ordinal() - from.ordinal(), 4) == 1;
    }

    static Solution solve(MazeState s) {
        List<Cell> path = shortestPath(s);
        List<Run> runs = runs(path);
        Trace trace = new Trace()
                .add(
                        "The entrance is %s and the exit is %s; a breadth-first search from the entrance finds "
                                + "the shortest path through %d cells.",
                        name(MazeState.ENTRANCE), name(s.exit()), path.size());
        int left = 0;
        int right = 0;
        trace.add(
                "Go %s %d %s to %s.",
                runs.get(0).heading().word(),
                runs.get(0).length(),
                cells(runs.get(0).length()),
                name(runs.get(0).end()));
        for (int i = 1; i < runs.size(); i++) {
            Run previous = runs.get(i - 1);
            Run run = runs.get(i);
            boolean isRight = rightTurn(previous.heading(), run.heading());
            if (isRight) {
                right++;
            } else {
                left++;
            }
            trace.add(
                    "Turn %s (%s to %s, turn %d), go %d %s to %s.",
                    isRight ? "right" : "left",
                    previous.heading().word(),
                    run.heading().word(),
                    left + right,
                    run.length(),
                    cells(run.length()),
                    name(run.end()));
        }
        trace.add(
                "Turns: %d left + %d right = %d; cells visited including entrance and exit: %d.",
                left, right, left + right, path.size());
        int answer = switch (s.asked()) {
            case LEFT_TURNS -> left;
            case RIGHT_TURNS -> right;
            case TOTAL_TURNS -> left + right;
            case CELLS -> path.size();
        };
        trace.add("Answer: %d", answer);

        var fields = Json.object();
        fields.set("maze", Json.tree(s.grid()));
        ArrayNode optimal = fields.putArray("optimal_path");
        path.forEach(c -> optimal.addArray().add(c.row()).add(c.col()));
        fields.put("optimal_path_length", path.size());
        fields.put("left_turns", left);
        fields.put("right_turns", right);
        fields.put("total_turns", left + right);
        return new Solution(Integer.toString(answer), trace.lines(), fields);
    }

    /** Cells are named 1-based in words (the released fields stay 0-based). */
    static String name(Cell c) {
        return "row " + (c.row() + 1) + " column " + (c.col() + 1);
    }

    private static String cells(int n) {
        return n == 1 ? "cell" : "cells";
    }
}
