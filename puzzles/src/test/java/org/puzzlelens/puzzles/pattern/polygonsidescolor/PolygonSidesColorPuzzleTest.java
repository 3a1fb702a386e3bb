package org.puzzlelens.puzzles.pattern.polygonsidescolor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.ColourReading;
import org.puzzlelens.puzzles.pattern.common.MeasuredPartsText;
import org.puzzlelens.puzzles.pattern.common.OneMarkPerKey;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.ShapeReading;
import org.puzzlelens.puzzles.pattern.common.Triangle;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class PolygonSidesColorPuzzleTest extends PuzzleTypeContract<PolygonSidesColorState> {
    private static final PolygonSidesColorPuzzle TYPE = new PolygonSidesColorPuzzle();

    @Override
    protected PuzzleType<PolygonSidesColorState> type() {
        return TYPE;
    }

    /** Counts each polygon's vertices from its outline and takes the nearest palette colour beside its centre. */
    @Override
    protected PolygonSidesColorState readPixels(BufferedImage image, PolygonSidesColorState q) {
        Pixels px = Pixels.of(image, PolygonSidesColorRenderer.CANVAS);
        int rows = Triangle.rows(q.sides().size());
        double radius = Triangle.radius(rows);
        List<Integer> sides = new ArrayList<>();
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < q.sides().size(); i++) {
            Point2D c = Triangle.centre(i, rows);
            sides.add(ShapeReading.sides(px, c.getX(), c.getY(), radius));
            colours.add(ColourReading.word(px, c.getX() - 0.4 * radius, c.getY()));
        }
        return new PolygonSidesColorState(sides, colours);
    }

    private static final Pattern POLYGON = Pattern.compile("a (\\w+) polygon with (\\d+) sides");

    @Override
    protected PolygonSidesColorState parseDescription(String description, PolygonSidesColorState q) {
        return MeasuredPartsText.read(
                description,
                POLYGON,
                m -> Integer.parseInt(m.group(2)),
                m -> MeasuredPartsText.colour(m.group(1)),
                PolygonSidesColorState::new);
    }

    /** Each palette colour is tried in the gap; exactly one gives every side count a single colour. */
    @Property
    void exactlyOneCandidateFitsAndTheSolverFindsIt(
            @ForAll @Size(6) List<@IntRange(min = 3, max = 6) Integer> sides,
            @ForAll @IntRange(min = 0, max = 5) int missing) {
        Assume.that(Collections.frequency(sides, sides.get(missing)) > 1);
        List<String> colours = new ArrayList<>(
                sides.stream().map(n -> PatternColour.words().get(n % 6)).toList());
        colours.set(missing, PyList.MISSING);
        List<String> fitting = OneMarkPerKey.fitting(sides, colours, missing, PatternColour.words());
        assertThat(fitting).hasSize(1);
        assertThat(PolygonSidesColorSolver.solve(new PolygonSidesColorState(sides, colours))
                        .answer())
                .isEqualTo(fitting.get(0));
    }

    @Test
    void aHiddenPolygonWithoutATwinOrTwoColoursForOneSideCountHaveNoAnswer() {
        var lonely = new PolygonSidesColorState(
                List.of(6, 9, 9, 6, 8, 5), List.of("yellow", "blue", "blue", "yellow", "red", "?"));
        assertThatThrownBy(() -> PolygonSidesColorSolver.solve(lonely)).isInstanceOf(IllegalArgumentException.class);
        var clash = new PolygonSidesColorState(
                List.of(6, 9, 9, 6, 8, 8), List.of("yellow", "blue", "green", "yellow", "red", "?"));
        assertThatThrownBy(() -> PolygonSidesColorSolver.solve(clash)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        var s = new PolygonSidesColorState(
                List.of(6, 9, 9, 6, 8, 8), List.of("yellow", "blue", "blue", "yellow", "red", "?"));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing color of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("red");
        assertThat(solution.topLevel().get("caption").asText())
                .startsWith("There are 6 colored polygons arranged in a "
                        + "triangle with color ['yellow'] in the top row, ['blue', 'blue'] in the middle row, and ['yellow', "
                        + "'red', '?'] in the bottom row.");
        assertThat(solution.topLevel().get("explanation").asText())
                .isEqualTo("We observe that the polygon with 6 sides "
                        + "is yellow in color and the polygon with 9 sides is blue in color. Thus, the pattern is that the "
                        + "polygons with the same number of sides have the same color.");
    }

    /** Released captions give the colours but no side counts, so none can be read. */
    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.Tally tally = ReleasedPatterns.check(TYPE);
        assertThat(tally.records()).isEqualTo(100);
        assertThat(tally.parsed()).isZero();
        assertThat(tally.refusals()).hasSize(100).allMatch(m -> m.contains("numbers of sides"));
    }
}
