package org.puzzlelens.puzzles.pattern.shapesizegrid;

import java.util.List;
import org.puzzlelens.puzzles.pattern.common.GridCells;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/**
 * A 3 x 3 grid of sized polygons, row by row from the top, each written as the captions do ({@code "small
 * hexagon"}), one hidden ({@code ?}).
 */
public record ShapeSizeGridState(List<List<String>> rows) {
    public static final int SIZE = 3;

    public ShapeSizeGridState {
        rows = GridCells.copy(rows);
        GridCells.checkOneHidden(rows, SIZE);
        rows.forEach(
                row -> row.stream().filter(cell -> !cell.equals(PyList.MISSING)).forEach(ShapeSizeGridState::check));
    }

    private static void check(String cell) {
        String[] words = cell.split(" ");
        if (words.length != 2 || !Size.isWord(words[0]) || !Shape.POLYGONS.contains(Shape.parse(words[1]))) {
            throw new IllegalArgumentException("a cell is '<size> <polygon>' or '?', not '" + cell + "'");
        }
    }

    public static String cell(String size, String shape) {
        return size + " " + shape;
    }

    public static String size(String cell) {
        return cell.split(" ")[0];
    }

    public static String shape(String cell) {
        return cell.split(" ")[1];
    }

    public int[] hidden() {
        return GridCells.checkOneHidden(rows, SIZE);
    }
}
