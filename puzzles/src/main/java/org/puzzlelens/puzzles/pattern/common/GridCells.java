package org.puzzlelens.puzzles.pattern.common;

import java.awt.Graphics2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** A grid of caption words ({@code ?} for the hidden cell) as row lists, facts ({@code r1c2 = ...}) and caption rows. */
public final class GridCells {
    private GridCells() {}

    public static List<List<String>> copy(List<List<String>> rows) {
        return rows.stream().map(List::copyOf).toList();
    }

    /** Checks the grid is {@code size} x {@code size} with exactly one hidden cell; returns where it is. */
    public static int[] checkOneHidden(List<List<String>> rows, int size) {
        int[] hidden = null;
        if (rows.size() != size) {
            throw new IllegalArgumentException("the grid has " + size + " rows, not " + rows.size());
        }
        for (int r = 0; r < size; r++) {
            if (rows.get(r).size() != size) {
                throw new IllegalArgumentException("row " + (r + 1) + " must have " + size + " cells: " + rows.get(r));
            }
            for (int c = 0; c < size; c++) {
                if (rows.get(r).get(c).equals(PyList.MISSING)) {
                    if (hidden != null) {
                        throw new IllegalArgumentException("more than one hidden cell: " + rows);
                    }
                    hidden = new int[] {r, c};
                }
            }
        }
        if (hidden == null) {
            throw new IllegalArgumentException("no hidden cell: " + rows);
        }
        return hidden;
    }

    /** What a renderer draws in one visible cell, centred at (x, y). */
    public interface CellPainter {
        void paint(String cell, double x, double y);
    }

    /**
     * Paints a square grid with cell centres {@code first, first + step, ...} across and down; the hidden
     * cell gets the question mark.
     */
    public static void draw(Graphics2D g, List<List<String>> rows, double first, double step, CellPainter painter) {
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String cell = rows.get(r).get(c);
                if (cell.equals(PyList.MISSING)) {
                    PatternDraw.questionMark(g, first + c * step, first + r * step);
                } else {
                    painter.paint(cell, first + c * step, first + r * step);
                }
            }
        }
    }

    public static String key(int row, int column) {
        return "r" + (row + 1) + "c" + (column + 1);
    }

    public static List<Fact> facts(List<List<String>> rows) {
        List<Fact> facts = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                facts.add(Fact.of(key(r, c), rows.get(r).get(c)));
            }
        }
        return facts;
    }

    /** The cells stated by facts, blank where a fact is missing. */
    public static List<List<String>> fromFacts(List<Fact> facts, int size) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < size; c++) {
                row.add(map.getOrDefault(key(r, c), ""));
            }
            rows.add(row);
        }
        return rows;
    }

    /** "the first row X, the second row Y, and the third row Z" with {@code lead} before each list. */
    public static String rowClauses(List<List<String>> rows, String lead) {
        List<String> clauses = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            clauses.add(lead.formatted(Words.ordinal(r)) + " " + PyList.format(rows.get(r)));
        }
        return Words.clauses(clauses);
    }
}
