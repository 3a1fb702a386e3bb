package org.puzzlelens.puzzles.algo.woodslide;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/**
 * Both boards in words and as facts. The image shows blocks by shade, not by number, so blocks are
 * named by letters in the order their first cells are met reading the starting board row by row;
 * a block keeps its letter on the ending board.
 */
enum WoodSlideDescriber implements Describer<WoodSlideState> {
    INSTANCE;

    static final String EMPTY = "empty";
    private static final String GUIDE = """
            Name the blocks A, B, C, ... in the order their top-left cells are met reading the starting board
            row by row from the top-left; a block keeps its letter (its shade) on the ending board. Then state
            every cell of both boards, rows numbered from 1 at the top and columns from 1 at the left, one fact
            per line:
            start r<row>c<column> = <letter of the block covering the cell, or empty>
            end r<row>c<column> = <letter of the block covering the cell, or empty>""";

    static String letter(WoodSlideState s, char digit) {
        return String.valueOf((char) ('A' + s.readingOrder().indexOf(digit)));
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(WoodSlideState s) {
        StringBuilder out = new StringBuilder("The image shows two ")
                .append(s.startBoard().rows())
                .append(" x ")
                .append(s.startBoard().cols())
                .append(" sliding-block boards side by side, the starting configuration "
                        + "on the left and the ending configuration on the right. Blocks are named by letters in the "
                        + "order their first cells are met reading the starting board row by row, and keep their "
                        + "letter (and shade of brown) on the ending board; _ is an empty white cell.");
        Map<Character, Board.Shape> shapes = s.startBoard().shapes();
        for (char d : s.readingOrder()) {
            Board.Shape shape = shapes.get(d);
            out.append(" Block ")
                    .append(letter(s, d))
                    .append(" is ")
                    .append(shape.height())
                    .append(" x ")
                    .append(shape.width())
                    .append('.');
        }
        out.append(" Starting configuration, rows from the top: ")
                .append(rows(s, s.startBoard()))
                .append('.');
        out.append(" Ending configuration, rows from the top: ")
                .append(rows(s, s.endBoard()))
                .append('.');
        return out.toString();
    }

    private static String rows(WoodSlideState s, Board b) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < b.rows(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < b.cols(); c++) {
                row.append(b.at(r, c) == Board.EMPTY ? "_" : letter(s, b.at(r, c)));
            }
            rows.add(row.toString());
        }
        return String.join(" / ", rows);
    }

    @Override
    public List<Fact> facts(WoodSlideState s) {
        List<Fact> facts = new ArrayList<>();
        addBoard(facts, s, "start", s.startBoard());
        addBoard(facts, s, "end", s.endBoard());
        return facts;
    }

    private static void addBoard(List<Fact> facts, WoodSlideState s, String which, Board b) {
        for (int r = 0; r < b.rows(); r++) {
            for (int c = 0; c < b.cols(); c++) {
                facts.add(Fact.of(key(which, r, c), b.at(r, c) == Board.EMPTY ? EMPTY : letter(s, b.at(r, c))));
            }
        }
    }

    private static String key(String which, int r, int c) {
        return which + " r" + (r + 1) + "c" + (c + 1);
    }

    /**
     * Rebuilds both boards from letters. Letters become the question's block digits in reading order,
     * which names the blocks the way the state does; the moves do not depend on the names.
     */
    @Override
    public Optional<WoodSlideState> fromFacts(WoodSlideState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<Character> digits = question.readingOrder();
        Board shape = question.startBoard();
        try {
            List<String> start = board(map, "start", shape, digits);
            List<String> end = board(map, "end", shape, digits);
            WoodSlideState read = new WoodSlideState(start, end);
            return WoodSlideSolver.solvable(read) ? Optional.of(read) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static List<String> board(Map<String, String> map, String which, Board shape, List<Character> digits) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < shape.rows(); r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < shape.cols(); c++) {
                row.append(digitOf(map.getOrDefault(key(which, r, c), ""), digits));
            }
            rows.add(row.toString());
        }
        return rows;
    }

    /** The digit a cell value names: 0 for empty, else the letter's block. */
    static char digitOf(String value, List<Character> digits) {
        if (value.equals(EMPTY) || value.equals("_")) {
            return Board.EMPTY;
        }
        int index = value.length() == 1 ? Character.toUpperCase(value.charAt(0)) - 'A' : -1;
        if (index < 0 || index >= digits.size()) {
            throw new IllegalArgumentException("no block named '" + value + "'");
        }
        return digits.get(index);
    }
}
