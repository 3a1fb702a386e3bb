package org.puzzlelens.puzzles.algo.movebox;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 0-1 breadth-first search over (box, person) positions: a walk costs nothing, a push costs one, so
 * states leave the deque in order of pushes. Each state remembers how it was first reached.
 */
final class PushSearch {
    private final MoveBoxState start;
    private final int columns;
    private final int cells;
    private final int[] pushes;
    private final int[] parent;

    private PushSearch(MoveBoxState start) {
        this.start = start;
        this.columns = start.columns();
        this.cells = start.rows() * columns;
        this.pushes = new int[cells * cells];
        this.parent = new int[cells * cells];
        Arrays.fill(pushes, Integer.MAX_VALUE);
        run();
    }

    static PushSearch from(MoveBoxState start) {
        return new PushSearch(start);
    }

    private int index(Cell c) {
        return c.row() * columns + c.column();
    }

    private Cell cell(int index) {
        return new Cell(index / columns, index % columns);
    }

    private void run() {
        int first = index(start.box()) * cells + index(start.person());
        pushes[first] = 0;
        parent[first] = -1;
        ArrayDeque<Integer> deque = new ArrayDeque<>(List.of(first));
        boolean[] done = new boolean[cells * cells];
        while (!deque.isEmpty()) {
            int state = deque.pollFirst();
            if (done[state]) {
                continue;
            }
            done[state] = true;
            Cell box = cell(state / cells);
            Cell person = cell(state % cells);
            for (Cell.Direction d : Cell.Direction.values()) {
                Cell next = person.step(d);
                if (!start.isFloor(next)) {
                    continue;
                }
                boolean push = next.equals(box);
                Cell newBox = push ? box.step(d) : box;
                if (push && !start.isFloor(newBox)) {
                    continue;
                }
                int to = index(newBox) * cells + index(next);
                int cost = pushes[state] + (push ? 1 : 0);
                if (cost < pushes[to]) {
                    pushes[to] = cost;
                    parent[to] = state;
                    if (push) {
                        deque.addLast(to);
                    } else {
                        deque.addFirst(to);
                    }
                }
            }
        }
    }

    /** Least pushes that bring the box to {@code c}, if it can get there at all. */
    Optional<Integer> pushesTo(Cell c) {
        int best = Integer.MAX_VALUE;
        int base = index(c) * cells;
        for (int p = 0; p < cells; p++) {
            best = Math.min(best, pushes[base + p]);
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(best);
    }

    /** Every floor cell the box can reach, by least pushes: element k lists the cells first reached with k pushes. */
    List<List<Cell>> boxCellsByPushes() {
        List<List<Cell>> layers = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            Optional<Integer> k = pushesTo(cell(i));
            if (k.isPresent()) {
                while (layers.size() <= k.get()) {
                    layers.add(new ArrayList<>());
                }
                layers.get(k.get()).add(cell(i));
            }
        }
        return layers;
    }

    /** The pushes of one shortest way to bring the box to {@code target}, in order. */
    List<Push> pushesOnPathTo(Cell target) {
        int base = index(target) * cells;
        int end = -1;
        for (int p = 0; p < cells; p++) {
            if (pushes[base + p] != Integer.MAX_VALUE && (end < 0 || pushes[base + p] < pushes[end])) {
                end = base + p;
            }
        }
        if (end < 0) {
            throw new IllegalArgumentException("the box cannot reach " + target.name());
        }
        List<Push> path = new ArrayList<>();
        for (int s = end; parent[s] >= 0; s = parent[s]) {
            int before = parent[s];
            if (before / cells != s / cells) {
                path.addFirst(new Push(cell(before % cells), cell(before / cells), cell(s / cells)));
            }
        }
        return path;
    }

    /** The person stands at {@code from} and pushes the box from {@code boxFrom} to {@code boxTo}. */
    record Push(Cell from, Cell boxFrom, Cell boxTo) {
        Cell.Direction direction() {
            for (Cell.Direction d : Cell.Direction.values()) {
                if (boxFrom.step(d).equals(boxTo)) {
                    return d;
                }
            }
            throw new IllegalStateException("not a push: " + this);
        }
    }
}
