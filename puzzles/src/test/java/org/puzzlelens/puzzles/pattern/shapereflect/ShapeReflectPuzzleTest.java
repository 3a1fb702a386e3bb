package org.puzzlelens.puzzles.pattern.shapereflect;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ShapeReflectPuzzleTest extends PuzzleTypeContract<ShapeReflectState> {
    private static final ShapeReflectPuzzle TYPE = new ShapeReflectPuzzle();

    @Override
    protected PuzzleType<ShapeReflectState> type() {
        return TYPE;
    }

    /** Classifies each filled place by its outline; an unfilled place is the question mark. */
    @Override
    protected ShapeReflectState readPixels(BufferedImage image, ShapeReflectState q) {
        ShapeReader reader = new ShapeReader(Pixels.of(image, PatternDraw.CANVAS), ShapeReflectRenderer.FILL);
        int n = q.top().size();
        return new ShapeReflectState(
                row(reader, n, ShapeReflectRenderer.TOP_Y, true), row(reader, n, ShapeReflectRenderer.BOTTOM_Y, false));
    }

    private static List<String> row(ShapeReader reader, int n, double y, boolean top) {
        List<String> row = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double x = ShapeReflectRenderer.x(n, i);
            row.add(
                    reader.filledAt(x, y)
                            ? reader.shape(x, y, 0, Shape.POLYGONS, s -> ShapeReflectRenderer.vertex(s, top))
                                    .word()
                            : PyList.MISSING);
        }
        return row;
    }

    @Override
    protected ShapeReflectState parseDescription(String description, ShapeReflectState q) {
        List<List<String>> parts = PyList.all(description);
        return new ShapeReflectState(parts.get(0), parts.get(1));
    }

    /** Of the four polygons put in the hole, exactly one makes the bottom part the mirror of the top part. */
    @Property
    void exactlyOneShapeCompletesTheMirror(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Preset preset = Preset.values()[rng.nextInt(Preset.values().length)];
        ShapeReflectState s = ShapeReflectGenerator.generate(
                Parameters.draw(ShapeReflectGenerator.PARAMS, preset, Map.of(), rng), rng);
        List<String> fitting = Shape.POLYGONS.stream()
                .map(Shape::word)
                .filter(shape -> fill(s.top(), shape).equals(fill(s.bottom(), shape)))
                .toList();
        assertThat(fitting).hasSize(1);
        assertThat(ShapeReflectSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    private static List<String> fill(List<String> part, String shape) {
        return part.stream().map(v -> v.equals(PyList.MISSING) ? shape : v).toList();
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        ShapeReflectState s =
                new ShapeReflectState(List.of("triangle", "pentagon", "?"), List.of("triangle", "pentagon", "hexagon"));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing shape denoted by a question mark?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .isEqualTo("There are six shapes in the image separated by a line. In the "
                        + "top part there are ['triangle', 'pentagon', '?']. In the bottom part there are ['triangle', 'pentagon', "
                        + "'hexagon'].");
        assertThat(top.get("deduction").asText())
                .isEqualTo(
                        "Based on the pattern that each shape in the top part is "
                                + "reflected in the bottom part, the missing shape which is reflected from a hexagon part should be a hexagon.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.assertAgrees(TYPE, 100);
    }
}
