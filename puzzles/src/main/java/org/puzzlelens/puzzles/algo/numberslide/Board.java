package org.puzzlelens.puzzles.algo.numberslide;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Direction;
import org.puzzlelens.puzzles.algo.numberslide.NumberSlideState.Line;

/** An immutable board position; the open position is 0. */
record Board(List<List<Integer>> grid) {
    Board {
        grid = grid.stream().map(List::copyOf).toList();
    }

    int size() {
        return grid.size();
    }

    int blankRow() {
        for (int r = 0; r < size(); r++) {
            if (grid.get(r).contains(0)) {
                return r;
            }
        }
        throw new IllegalStateException("no open position");
    }

    int blankCol() {
        return grid.get(blankRow()).indexOf(0);
    }

    /** The board after moving the open position one step, or empty at the wall. */
    Optional<Board> move(Direction d) {
        int r = blankRow();
        int c = blankCol();
        int nr = r + d.dr;
        int nc = c + d.dc;
        if (nr < 0 || nc < 0 || nr >= size() || nc >= size()) {
            return Optional.empty();
        }
        List<List<Integer>> next = new ArrayList<>();
        grid.forEach(row -> next.add(new ArrayList<>(row)));
        next.get(r).set(c, grid.get(nr).get(nc));
        next.get(nr).set(nc, 0);
        return Optional.of(new Board(next));
    }

    /** The numbers of a line (the open position included as 0). */
    List<Integer> line(Line line) {
        int n = size();
        int index = switch (line) {
            case TOP_ROW, LEFT_COLUMN -> 0;
            case BOTTOM_ROW, RIGHT_COLUMN -> n - 1;
            case BLANK_ROW -> blankRow();
            case BLANK_COLUMN -> blankCol();
        };
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(line.isRow() ? grid.get(index).get(i) : grid.get(i).get(index));
        }
        return out;
    }

    int sum(Line line) {
        return line(line).stream().mapToInt(Integer::intValue).sum();
    }
}
