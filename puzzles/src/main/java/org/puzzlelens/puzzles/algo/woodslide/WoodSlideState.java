package org.puzzlelens.puzzles.algo.woodslide;

import java.util.ArrayList;
import java.util.List;

/**
 * A sliding-block board at the start and at the end, as rows of digits (0 empty; the cells of one
 * digit form one rectangular block; the same digit is the same block on both boards).
 */
public record WoodSlideState(List<String> start, List<String> end) {
    public WoodSlideState {
        start = List.copyOf(start);
        end = List.copyOf(end);
        Board s = Board.of(start);
        Board e = Board.of(end);
        if (s.rows() != e.rows() || s.cols() != e.cols()) {
            throw new IllegalArgumentException("start and end boards differ in size");
        }
        if (!s.shapes().equals(e.shapes())) {
            throw new IllegalArgumentException("start and end must hold the same blocks in the same shapes");
        }
    }

    Board startBoard() {
        return Board.of(start);
    }

    Board endBoard() {
        return Board.of(end);
    }

    /** The block digits in the order their first cells are met reading the start board row by row. */
    List<Character> readingOrder() {
        List<Character> order = new ArrayList<>();
        for (String row : start) {
            for (char d : row.toCharArray()) {
                if (d != Board.EMPTY && !order.contains(d)) {
                    order.add(d);
                }
            }
        }
        return List.copyOf(order);
    }

    /** The released form: rows joined by newlines. */
    static String joined(List<String> rows) {
        return String.join("\n", rows);
    }
}
