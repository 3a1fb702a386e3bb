package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.puzzlelens.puzzles.core.Fact;

/**
 * A 3 x 3 grid of the released images, stored row-major as nine cells; cells are named {@code r1c1}
 * .. {@code r3c3} in facts.
 *
 * @param origin left (and top) edge of the first cell, in canvas units
 * @param pitch distance between neighbouring cell centres
 */
public record Grid3(double origin, double pitch) {
    public static final int SIDE = 3;
    public static final int CELLS = SIDE * SIDE;

    public double centreX(int cell) {
        return origin + pitch * (cell % SIDE + 0.5);
    }

    public double centreY(int cell) {
        return origin + pitch * (cell / SIDE + 0.5);
    }

    public static String key(int cell) {
        return GridCells.key(cell / SIDE, cell % SIDE);
    }

    public static <T> List<T> row(List<T> cells, int row) {
        return cells.subList(row * SIDE, row * SIDE + SIDE);
    }

    public static <T> List<List<T>> rows(List<T> cells) {
        List<List<T>> out = new ArrayList<>();
        for (int r = 0; r < SIDE; r++) {
            out.add(row(cells, r));
        }
        return out;
    }

    public static <T> List<T> flat(List<List<T>> rows) {
        List<T> out = new ArrayList<>();
        rows.forEach(out::addAll);
        return out;
    }

    /** "first", "second", "third". */
    public static String ordinal(int index) {
        return Words.ordinal(index);
    }

    /** One fact a cell, {@code r1c1<suffix> = value}; the unknown cell is {@code ?}. */
    public static <T> List<Fact> facts(List<T> cells, String suffix, Function<T, String> text) {
        return PartFacts.facts(cells, i -> key(i) + suffix, text);
    }

    /** The nine cells from facts written by {@link #facts}; empty when a cell is not stated. */
    public static <T> Optional<List<T>> fromFacts(Map<String, String> facts, String suffix, Function<String, T> parse) {
        return PartFacts.values(facts, CELLS, i -> key(i) + suffix, parse);
    }
}
