package org.puzzlelens.puzzles.algo.movebox;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/**
 * A walled square with a few inner walls, a box and the person; the flag goes on a cell the box first
 * reaches after the drawn number of pushes. A bounded number of layouts is tried; if none offers that
 * many pushes, the closest number found is used.
 */
final class MoveBoxGenerator {
    static final Param.Int SIZE = new Param.Int(
            "size", "grid side, border walls included", IntRange.exactly(6), IntRange.exactly(6), IntRange.of(7, 8));
    // the released layouts mostly have few walls (1: 39, 2: 32, 3: 16, 4..6: 13 of 100), as a
    // count drawn up to a drawn maximum gives; few walls also leave room for 5-push instances
    static final Param.Int INNER_WALLS = new Param.Int(
            "inner_walls",
            "most wall cells inside the border; each layout draws 1..this many",
            IntRange.of(0, 2),
            IntRange.of(1, 6),
            IntRange.of(3, 10));
    static final Param.Int PUSHES = new Param.Int(
            "pushes",
            "least pushes wanted to bring the box to the flag",
            IntRange.of(1, 3),
            IntRange.of(1, 5),
            IntRange.of(5, 10));
    static final List<Param> PARAMS = List.of(SIZE, INNER_WALLS, PUSHES);
    private static final int LAYOUT_ATTEMPTS = 100;

    private MoveBoxGenerator() {}

    static MoveBoxState generate(Parameters p, RandomGenerator rng) {
        int size = p.get(SIZE);
        int wanted = p.get(PUSHES);
        MoveBoxState best = null;
        int bestMiss = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < LAYOUT_ATTEMPTS && bestMiss > 0; attempt++) {
            List<Cell> free = innerCells(size);
            List<Cell> walls = new ArrayList<>();
            int most = Math.max(0, Math.min(p.get(INNER_WALLS), free.size() - 3));
            int wallCount = rng.nextInt(Math.min(1, most), most + 1);
            for (int i = 0; i < wallCount; i++) {
                walls.add(free.remove(rng.nextInt(free.size())));
            }
            Cell box = free.remove(rng.nextInt(free.size()));
            Cell person = free.get(rng.nextInt(free.size()));
            List<String> layout = layout(size, walls);
            List<List<Cell>> layers = PushSearch.from(new MoveBoxState(layout, box, person, anyOther(free, person)))
                    .boxCellsByPushes();
            for (int k = 1; k < layers.size(); k++) {
                List<Cell> targets = new ArrayList<>(layers.get(k));
                targets.remove(person);
                if (!targets.isEmpty() && Math.abs(k - wanted) < bestMiss) {
                    bestMiss = Math.abs(k - wanted);
                    best = new MoveBoxState(layout, box, person, targets.get(rng.nextInt(targets.size())));
                }
            }
        }
        return best != null ? best : openFloor(size);
    }

    /** A layout where one push always works: no inner walls, the box in the middle, the person beside it. */
    private static MoveBoxState openFloor(int size) {
        int mid = size / 2;
        return new MoveBoxState(
                layout(size, List.of()), new Cell(mid, mid), new Cell(mid, mid - 1), new Cell(mid, mid + 1));
    }

    private static List<Cell> innerCells(int size) {
        List<Cell> cells = new ArrayList<>();
        for (int r = 1; r < size - 1; r++) {
            for (int c = 1; c < size - 1; c++) {
                cells.add(new Cell(r, c));
            }
        }
        return cells;
    }

    /** A placeholder flag, needed only to build a state for the search, which ignores it. */
    private static Cell anyOther(List<Cell> free, Cell person) {
        return free.get(0).equals(person) ? free.get(1) : free.get(0);
    }

    private static List<String> layout(int size, List<Cell> walls) {
        List<String> rows = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < size; c++) {
                boolean border = r == 0 || c == 0 || r == size - 1 || c == size - 1;
                row.append(border || walls.contains(new Cell(r, c)) ? '#' : '.');
            }
            rows.add(row.toString());
        }
        return rows;
    }
}
