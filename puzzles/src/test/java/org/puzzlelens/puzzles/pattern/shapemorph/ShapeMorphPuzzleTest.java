package org.puzzlelens.puzzles.pattern.shapemorph;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.ShapeReader;
import org.puzzlelens.puzzles.pattern.shapemorph.ShapeMorphState.Corner;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ShapeMorphPuzzleTest extends PuzzleTypeContract<ShapeMorphState> {
    private static final ShapeMorphPuzzle TYPE = new ShapeMorphPuzzle();

    @Override
    protected PuzzleType<ShapeMorphState> type() {
        return TYPE;
    }

    /**
     * Finds the filled corner and classifies its shape; then fits the shape three steps away against a
     * three-quarter blend towards each other shape.
     */
    @Override
    protected ShapeMorphState readPixels(BufferedImage image, ShapeMorphState q) {
        ShapeReader reader = new ShapeReader(Pixels.of(image, PatternDraw.CANVAS), ShapeMorphRenderer.FILL);
        double near = ShapeMorphRenderer.FIRST;
        double far = ShapeMorphRenderer.FIRST + 2 * ShapeMorphRenderer.STEP;
        double middle = ShapeMorphRenderer.FIRST + ShapeMorphRenderer.STEP;
        Corner visible = reader.filledAt(near, near) ? Corner.TOP_LEFT : Corner.BOTTOM_RIGHT;
        double corner = visible == Corner.TOP_LEFT ? near : far;
        Shape shape = reader.shape(corner, corner, 0, List.of(Shape.values()), s -> ShapeMorphRenderer.VERTEX);
        double[] threeSteps =
                visible == Corner.TOP_LEFT ? reader.profile(far, middle, 0) : reader.profile(near, middle, 0);
        Shape towards = Arrays.stream(Shape.values())
                .filter(s -> s != shape)
                .min(Comparator.comparingDouble(
                        s -> ShapeReader.misfit(threeSteps, deg -> ShapeMorphRenderer.radiusAt(shape, s, 0.75, deg))))
                .orElseThrow();
        return new ShapeMorphState(shape, visible, towards);
    }

    private static final Pattern CORNERS = Pattern.compile(
            "top left shape is a (\\w+|\\?) and the bottom right shape is a (\\w+|\\?)\\..*into something like a (\\w+)\\.");

    @Override
    protected ShapeMorphState parseDescription(String description, ShapeMorphState q) {
        Matcher m = CORNERS.matcher(description);
        assertThat(m.find()).as(description).isTrue();
        return ShapeMorphDescriber.of(m.group(1), m.group(2), m.group(3));
    }

    /**
     * For every pair of shapes and hidden corner: of the five shapes, exactly one, as the hidden end, gives
     * the drawn outline at every step, and it is the solver's answer.
     */
    @Property
    void exactlyOneEndShapeGivesTheDrawnSteps(@ForAll Shape corner, @ForAll Shape towards, @ForAll Corner visible) {
        Assume.that(corner != towards);
        ShapeMorphState s = new ShapeMorphState(corner, visible, towards);
        List<Shape> fitting =
                Arrays.stream(Shape.values()).filter(end -> explains(s, end)).toList();
        assertThat(fitting).hasSize(1);
        assertThat(ShapeMorphSolver.solve(s).answer()).isEqualTo(fitting.get(0).word());
    }

    /** Whether a plain blend from the corner shape to {@code end} draws the same outline at every step. */
    private static boolean explains(ShapeMorphState s, Shape end) {
        for (int step = 1; step < ShapeMorphRenderer.LAST_STEP; step++) {
            double t = ShapeMorphRenderer.blend(s, step);
            for (int deg = 0; deg < 360; deg += 3) {
                double drawn = ShapeMorphRenderer.radiusAt(s.corner(), s.towards(), t, deg);
                double blended = (1 - t) * s.corner().radiusAt(deg, ShapeMorphRenderer.RADIUS, 0)
                        + t * end.radiusAt(deg, ShapeMorphRenderer.RADIUS, 0);
                if (Math.abs(drawn - blended) > 0.5) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void questionAndExplanationFollowTheReleasedWording() {
        ShapeMorphState s = new ShapeMorphState(Shape.SQUARE, Corner.TOP_LEFT, Shape.TRIANGLE);
        assertThat(TYPE.question(s)).isEqualTo("What is the missing shape of the part denoted with a question mark?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .startsWith(
                        "There are eight shapes arranged in a grid. The top left shape "
                                + "is a square and the bottom right shape is a ?. The other shapes do not appear to regular shapes.");
        assertThat(top.get("deduction").asText())
                .isEqualTo("Based on the pattern that the shapes are morphing between "
                        + "square and triangle shapes, the missing shape at the bottom right should be a triangle.");
    }

    /** The released captions never say what the shapes morph into, so none can be read (0 of 100). */
    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.assertAgrees(TYPE, 0);
    }
}
