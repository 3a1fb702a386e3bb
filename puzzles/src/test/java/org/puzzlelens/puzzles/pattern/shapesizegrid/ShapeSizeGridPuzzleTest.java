package org.puzzlelens.puzzles.pattern.shapesizegrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.ShapeReader;
import org.puzzlelens.puzzles.pattern.common.Size;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ShapeSizeGridPuzzleTest extends PuzzleTypeContract<ShapeSizeGridState> {
    private static final ShapeSizeGridPuzzle TYPE = new ShapeSizeGridPuzzle();

    @Override
    protected PuzzleType<ShapeSizeGridState> type() {
        return TYPE;
    }

    @Override
    protected int optionCount() {
        return 3;
    }

    /** Classifies each filled cell by its outline and sizes it by its farthest reach; an unfilled cell is the question mark. */
    @Override
    protected ShapeSizeGridState readPixels(BufferedImage image, ShapeSizeGridState q) {
        ShapeReader reader = new ShapeReader(Pixels.of(image, PatternDraw.CANVAS), ShapeSizeGridRenderer.FILL);
        return new ShapeSizeGridState(reader.grid(
                ShapeSizeGridState.SIZE,
                ShapeSizeGridRenderer.FIRST,
                ShapeSizeGridRenderer.STEP,
                (x, y) -> ShapeSizeGridState.cell(
                        Size.WORDS.get(ShapeReader.nearest(
                                ShapeSizeGridRenderer.RADIUS,
                                reader.maxReach(x, y, 0) + ShapeSizeGridRenderer.STROKE / 2)),
                        reader.shape(x, y, 0, Shape.POLYGONS, Shape::uprightVertex)
                                .word())));
    }

    @Override
    protected ShapeSizeGridState parseDescription(String description, ShapeSizeGridState q) {
        return new ShapeSizeGridState(PyList.all(description));
    }

    /**
     * Of the three sizes in the hole (with any polygon), exactly one lets the whole grid keep one shape per
     * row and one size per column, or the other way round, and it is the solver's answer.
     */
    @Property
    void exactlyOneSizeCompletesTheGrid(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Preset preset = Preset.values()[rng.nextInt(Preset.values().length)];
        ShapeSizeGridState s = ShapeSizeGridGenerator.generate(
                Parameters.draw(ShapeSizeGridGenerator.PARAMS, preset, Map.of(), rng), rng);
        List<String> fitting = Size.WORDS.stream()
                .filter(size -> Shape.POLYGONS.stream()
                        .anyMatch(shape -> consistent(filled(s, ShapeSizeGridState.cell(size, shape.word())))))
                .toList();
        assertThat(fitting).hasSize(1);
        assertThat(ShapeSizeGridSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    private static List<List<String>> filled(ShapeSizeGridState s, String cell) {
        return s.rows().stream()
                .map(row -> row.stream()
                        .map(v -> v.equals(PyList.MISSING) ? cell : v)
                        .toList())
                .toList();
    }

    private static boolean consistent(List<List<String>> g) {
        return uniform(g, true, ShapeSizeGridState::shape) && uniform(g, false, ShapeSizeGridState::size)
                || uniform(g, false, ShapeSizeGridState::shape) && uniform(g, true, ShapeSizeGridState::size);
    }

    private static boolean uniform(List<List<String>> g, boolean rows, UnaryOperator<String> part) {
        for (int i = 0; i < 3; i++) {
            final int line = i;
            long distinct = IntStream.range(0, 3)
                    .mapToObj(
                            k -> part.apply(rows ? g.get(line).get(k) : g.get(k).get(line)))
                    .distinct()
                    .count();
            if (distinct != 1) {
                return false;
            }
        }
        return true;
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        ShapeSizeGridState s = new ShapeSizeGridState(List.of(
                List.of("small hexagon", "?", "small pentagon"),
                List.of("medium hexagon", "medium triangle", "medium pentagon"),
                List.of("large hexagon", "large triangle", "large pentagon")));
        assertThat(TYPE.question(s)).isEqualTo("What is the size of the missing part denoted by a question mark?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .isEqualTo("There are 9 shapes arranged in a grid with different sizes in "
                        + "the image, of which there is 1 missing shape. The first row is ['small hexagon', '?', 'small pentagon'], "
                        + "the second row is ['medium hexagon', 'medium triangle', 'medium pentagon'], and the third row is "
                        + "['large hexagon', 'large triangle', 'large pentagon'].");
        assertThat(top.get("explanation").asText())
                .isEqualTo("We observe that the rows contain small shapes, medium "
                        + "shapes, and large shapes respectively. On the other hand, the columns contain hexagons, triangles, and "
                        + "pentagons respectively. Hence, the pattern is that the shapes within each column are the same, while "
                        + "each row progresses the size of the shapes.");
        assertThat(top.get("deduction").asText())
                .isEqualTo("Based on the pattern that the shapes within each column are "
                        + "the same, while each row progresses the size of the shapes, the size of the missing triangle should be "
                        + "small.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.assertAgrees(TYPE, 100);
    }
}
