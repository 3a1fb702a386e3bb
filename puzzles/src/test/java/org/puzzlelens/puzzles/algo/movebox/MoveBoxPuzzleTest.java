package org.puzzlelens.puzzles.algo.movebox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class MoveBoxPuzzleTest extends PuzzleTypeContract<MoveBoxState> {
    private static final MoveBoxPuzzle TYPE = new MoveBoxPuzzle();
    private static final List<Color> CENTRE_COLOURS = List.of(
            MoveBoxRenderer.BRICK, Color.WHITE, MoveBoxRenderer.BOX, MoveBoxRenderer.SHIRT, MoveBoxRenderer.FLAG_DARK);

    @Override
    protected PuzzleType<MoveBoxState> type() {
        return TYPE;
    }

    /** Classifies each cell by the colour at its centre: brick, white floor, box, shirt or dark flag check. */
    @Override
    protected MoveBoxState readPixels(BufferedImage image, MoveBoxState q) {
        Pixels px = Pixels.of(image, MoveBoxRenderer.CANVAS);
        double half = MoveBoxRenderer.cellSize(q) / 2;
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < q.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < q.columns(); c++) {
                double[] at = MoveBoxRenderer.corner(q, new Cell(r, c));
                Color seen = px.at(at[0] + half, at[1] + half);
                row.add(MoveBoxState.Content.values()[Pixels.nearest(seen, CENTRE_COLOURS)].word());
            }
            grid.add(row);
        }
        return MoveBoxDescriber.fromWords(grid).orElseThrow();
    }

    private static final Pattern ROW = Pattern.compile("Row \\d+: ([a-z, ]+)\\.");

    @Override
    protected MoveBoxState parseDescription(String description, MoveBoxState q) {
        List<List<String>> grid = new ArrayList<>();
        Matcher m = ROW.matcher(description);
        while (m.find()) {
            grid.add(List.of(m.group(1).split(", ")));
        }
        return MoveBoxDescriber.fromWords(grid).orElseThrow();
    }

    /** An independent search: breadth-first by pushes, flood-filling where the person can walk at each step. */
    @Property(tries = 300)
    void solverAgreesWithPushByPushFloodFillSearch(
            @ForAll @IntRange(min = 5, max = 6) int size,
            @ForAll @IntRange(min = 0, max = 6) int walls,
            @ForAll long seed) {
        Random random = new Random(seed);
        List<Cell> inner = new ArrayList<>();
        for (int r = 1; r < size - 1; r++) {
            for (int c = 1; c < size - 1; c++) {
                inner.add(new Cell(r, c));
            }
        }
        Collections.shuffle(inner, random);
        Set<Cell> wallCells = new HashSet<>(inner.subList(3, 3 + Math.min(walls, inner.size() - 3)));
        List<String> layout = new ArrayList<>();
        for (int r = 0; r < size; r++) {
            StringBuilder row = new StringBuilder();
            for (int c = 0; c < size; c++) {
                boolean border = r == 0 || c == 0 || r == size - 1 || c == size - 1;
                row.append(border || wallCells.contains(new Cell(r, c)) ? '#' : '.');
            }
            layout.add(row.toString());
        }
        MoveBoxState s = new MoveBoxState(layout, inner.get(0), inner.get(1), inner.get(2));
        int expected = floodFillSearch(s);
        if (expected < 0) {
            assertThatThrownBy(() -> MoveBoxSolver.solve(s)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(MoveBoxSolver.solve(s).answer()).isEqualTo(Integer.toString(expected));
        }
    }

    private static int floodFillSearch(MoveBoxState s) {
        record Node(Cell box, Set<Cell> reach) {}
        Set<List<Object>> seen = new HashSet<>();
        List<Node> layer = List.of(new Node(s.box(), reach(s, s.box(), s.person())));
        for (int pushes = 0; !layer.isEmpty(); pushes++) {
            List<Node> next = new ArrayList<>();
            for (Node n : layer) {
                if (n.box().equals(s.target())) {
                    return pushes;
                }
                for (Cell.Direction d : Cell.Direction.values()) {
                    Cell behind = new Cell(n.box().row() - d.rowStep, n.box().column() - d.columnStep);
                    Cell ahead = n.box().step(d);
                    if (n.reach().contains(behind) && s.isFloor(ahead)) {
                        Set<Cell> reach = reach(s, ahead, n.box());
                        if (seen.add(List.of(ahead, reach))) {
                            next.add(new Node(ahead, reach));
                        }
                    }
                }
            }
            layer = next;
        }
        return -1;
    }

    private static Set<Cell> reach(MoveBoxState s, Cell box, Cell person) {
        Set<Cell> reach = new HashSet<>(List.of(person));
        ArrayDeque<Cell> queue = new ArrayDeque<>(List.of(person));
        while (!queue.isEmpty()) {
            Cell c = queue.poll();
            for (Cell.Direction d : Cell.Direction.values()) {
                Cell n = c.step(d);
                if (s.isFloor(n) && !n.equals(box) && reach.add(n)) {
                    queue.add(n);
                }
            }
        }
        return reach;
    }

    @Test
    void questionsMatchEveryReleasedWording() throws Exception {
        ReleasedRecords.assertQuestionsMatch(TYPE);
    }

    @Test
    void releasedBoxPathsHaveTheAnswerLength() throws Exception {
        for (var line : ReleasedRecords.of(TYPE)) {
            var fields = TYPE.solve(line.state()).fields();
            assertThat(fields.get("box_location").size())
                    .isEqualTo(line.solution().get("box_location").size());
            assertThat(fields.get("timestep").get("grid_0"))
                    .isEqualTo(line.solution().get("timestep").get("grid_0"));
        }
    }
}
