package org.puzzlelens.puzzles.pattern.colorgrid;

import java.util.List;

/** Where a cell of the 3 x 3 grid lies: a corner, next to the centre (an edge), or the centre. */
enum Position {
    CORNER("at the corner", List.of(0, 2, 6, 8)),
    EDGE("adjacent to the center", List.of(1, 3, 5, 7)),
    CENTRE("at the center", List.of(4));

    private final String phrase;
    private final List<Integer> cells;

    Position(String phrase, List<Integer> cells) {
        this.phrase = phrase;
        this.cells = cells;
    }

    /** As the released deductions say it: "the part that is {phrase}". */
    String phrase() {
        return phrase;
    }

    List<Integer> cells() {
        return cells;
    }

    static Position of(int cell) {
        for (Position p : values()) {
            if (p.cells.contains(cell)) {
                return p;
            }
        }
        throw new IllegalArgumentException("no cell " + cell + " in a 3x3 grid");
    }
}
