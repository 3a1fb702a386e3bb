package org.puzzlelens.puzzles.algo.movebox;

import java.util.List;
import java.util.Locale;

/**
 * A warehouse grid with one box, the person (player) and the flag (target).
 *
 * @param layout one string per row, {@code #} for a wall and {@code .} for floor
 */
public record MoveBoxState(List<String> layout, Cell box, Cell person, Cell target) {
    public MoveBoxState {
        layout = List.copyOf(layout);
        if (layout.isEmpty() || layout.get(0).isEmpty()) {
            throw new IllegalArgumentException("the grid is empty");
        }
        for (String row : layout) {
            if (row.length() != layout.get(0).length() || !row.matches("[#.]+")) {
                throw new IllegalArgumentException("rows must be equally long strings of # and .: " + layout);
            }
        }
        for (Cell c : List.of(box, person, target)) {
            if (!isFloor(layout, c)) {
                throw new IllegalArgumentException("box, person and flag must stand on floor: " + c);
            }
        }
        if (box.equals(person) || box.equals(target) || person.equals(target)) {
            throw new IllegalArgumentException("box, person and flag need three different cells");
        }
    }

    int rows() {
        return layout.size();
    }

    int columns() {
        return layout.get(0).length();
    }

    boolean isFloor(Cell c) {
        return isFloor(layout, c);
    }

    private static boolean isFloor(List<String> layout, Cell c) {
        return c.row() >= 0
                && c.row() < layout.size()
                && c.column() >= 0
                && c.column() < layout.get(0).length()
                && layout.get(c.row()).charAt(c.column()) == '.';
    }

    /** What the image shows in a cell. */
    Content at(Cell c) {
        return at(c, box, person);
    }

    /** What a cell shows with the box and the person moved to the given cells (the flag stays). */
    Content at(Cell c, Cell boxAt, Cell personAt) {
        if (!isFloor(c)) {
            return Content.WALL;
        }
        if (c.equals(boxAt)) {
            return Content.BOX;
        }
        if (c.equals(personAt)) {
            return Content.PERSON;
        }
        return c.equals(target) ? Content.FLAG : Content.FLOOR;
    }

    enum Content {
        WALL('#'),
        FLOOR('.'),
        BOX('B'),
        PERSON('S'),
        FLAG('T');

        /** The released {@code ids} character. */
        final char id;

        Content(char id) {
            this.id = id;
        }

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }
    }
}
