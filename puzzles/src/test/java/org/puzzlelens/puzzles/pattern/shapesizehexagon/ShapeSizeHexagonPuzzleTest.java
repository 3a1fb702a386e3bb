package org.puzzlelens.puzzles.pattern.shapesizehexagon;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

class ShapeSizeHexagonPuzzleTest extends PuzzleTypeContract<ShapeSizeHexagonState> {
    private static final ShapeSizeHexagonPuzzle TYPE = new ShapeSizeHexagonPuzzle();

    @Override
    protected PuzzleType<ShapeSizeHexagonState> type() {
        return TYPE;
    }

    @Override
    protected int optionCount() {
        return 3;
    }

    /** Classifies each ring shape by its outline and sizes it by its farthest reach; the centre comes from the question. */
    @Override
    protected ShapeSizeHexagonState readPixels(BufferedImage image, ShapeSizeHexagonState q) {
        ShapeReader reader = new ShapeReader(Pixels.of(image, PatternDraw.CANVAS), ShapeSizeHexagonRenderer.FILL);
        List<String> ring = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (int i = 0; i < ShapeSizeHexagonState.RING; i++) {
            Point2D p = ShapeSizeHexagonRenderer.centre(i);
            ring.add(reader.shape(p.getX(), p.getY(), 0, Shape.POLYGONS, Shape::uprightVertex)
                    .word());
            double radius = reader.maxReach(p.getX(), p.getY(), 0) + ShapeSizeHexagonRenderer.STROKE / 2;
            sizes.add(Size.WORDS.get(ShapeReader.nearest(ShapeSizeHexagonRenderer.RADIUS, radius)));
        }
        return new ShapeSizeHexagonState(ring, sizes, q.centre());
    }

    private static final Pattern CENTRE = Pattern.compile("a missing (\\w+) in the center");

    @Override
    protected ShapeSizeHexagonState parseDescription(String description, ShapeSizeHexagonState q) {
        List<List<String>> lists = PyList.all(description);
        Matcher m = CENTRE.matcher(description);
        assertThat(m.find()).as(description).isTrue();
        return new ShapeSizeHexagonState(lists.get(0), lists.get(1), m.group(1));
    }

    /** Of the three sizes given to the centre shape, exactly one keeps every shape at a single size, and it is the answer. */
    @Property
    void exactlyOneSizeKeepsEachShapeToOneSize(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        Preset preset = Preset.values()[rng.nextInt(Preset.values().length)];
        ShapeSizeHexagonState s = ShapeSizeHexagonGenerator.generate(
                Parameters.draw(ShapeSizeHexagonGenerator.PARAMS, preset, Map.of(), rng), rng);
        List<String> fitting =
                Size.WORDS.stream().filter(size -> oneSizePerShape(s, size)).toList();
        assertThat(fitting).hasSize(1);
        assertThat(ShapeSizeHexagonSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    private static boolean oneSizePerShape(ShapeSizeHexagonState s, String centreSize) {
        List<String> shapes = new ArrayList<>(s.ring());
        List<String> sizes = new ArrayList<>(s.sizes());
        shapes.add(s.centre());
        sizes.add(centreSize);
        for (int i = 0; i < shapes.size(); i++) {
            for (int j = 0; j < shapes.size(); j++) {
                if (shapes.get(i).equals(shapes.get(j)) != sizes.get(i).equals(sizes.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        ShapeSizeHexagonState s = new ShapeSizeHexagonState(
                List.of("triangle", "pentagon", "hexagon", "triangle", "pentagon", "hexagon"),
                List.of("medium", "small", "large", "medium", "small", "large"),
                "pentagon");
        assertThat(TYPE.question(s))
                .isEqualTo(
                        "What is the size of the missing shape denoted with a question mark if it " + "is a pentagon?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .isEqualTo("There are 7 shapes with different sizes in the image, of which "
                        + "there is a missing pentagon in the center. The other shapes are arranged around the center, which are "
                        + "['triangle', 'pentagon', 'hexagon', 'triangle', 'pentagon', 'hexagon'] in anti-clockwise order. Their "
                        + "corresponding sizes are ['medium', 'small', 'large', 'medium', 'small', 'large'].");
        assertThat(top.get("explanation").asText())
                .isEqualTo("We observe that the triangles are medium size, the "
                        + "pentagons are small size, and the hexagons are large size. Hence, the pattern is that each shape appears "
                        + "with a distinct size.");
        assertThat(top.get("deduction").asText())
                .isEqualTo("Based on the pattern that each shape appears with a distinct "
                        + "size, the size of the missing pentagon should be small.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.assertAgrees(TYPE, 100);
    }
}
