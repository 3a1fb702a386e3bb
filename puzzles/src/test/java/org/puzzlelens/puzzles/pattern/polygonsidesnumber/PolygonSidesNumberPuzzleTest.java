package org.puzzlelens.puzzles.pattern.polygonsidesnumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.LabelReader;
import org.puzzlelens.puzzles.pattern.common.MeasuredPartsText;
import org.puzzlelens.puzzles.pattern.common.PolygonTriangle;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.ShapeReading;
import org.puzzlelens.puzzles.pattern.common.Triangle;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class PolygonSidesNumberPuzzleTest extends PuzzleTypeContract<PolygonSidesNumberState> {
    private static final PolygonSidesNumberPuzzle TYPE = new PolygonSidesNumberPuzzle();

    @Override
    protected PuzzleType<PolygonSidesNumberState> type() {
        return TYPE;
    }

    /** Counts each polygon's vertices from its outline and reads its label by glyph matching. */
    @Override
    protected PolygonSidesNumberState readPixels(BufferedImage image, PolygonSidesNumberState q) {
        Pixels px = Pixels.of(image, PolygonSidesNumberRenderer.CANVAS);
        int parts = q.sides().size();
        int rows = Triangle.rows(parts);
        double radius = Triangle.radius(rows);
        List<String> candidates = new ArrayList<>(LabelReader.numbers(1, 12));
        candidates.add(PyList.MISSING);
        List<Integer> sides = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < parts; i++) {
            Point2D c = Triangle.centre(i, rows);
            sides.add(ShapeReading.sides(px, c.getX(), c.getY(), radius));
            labels.add(LabelReader.of(image)
                    .read(c.getX(), c.getY(), PolygonTriangle.LABEL_SIZE * radius / Triangle.radius(3), candidates));
        }
        return new PolygonSidesNumberState(sides, labels);
    }

    private static final Pattern POLYGON =
            Pattern.compile("a polygon with (\\d+) sides showing (?:the number (\\d+)|(a question mark))");

    @Override
    protected PolygonSidesNumberState parseDescription(String description, PolygonSidesNumberState q) {
        return MeasuredPartsText.read(
                description,
                POLYGON,
                m -> Integer.parseInt(m.group(1)),
                m -> m.group(3) != null ? PyList.MISSING : m.group(2),
                PolygonSidesNumberState::new);
    }

    /** Every candidate number is tried in the gap; exactly one makes every polygon's number its side count. */
    @Property
    void exactlyOneCandidateFitsAndTheSolverFindsIt(
            @ForAll @Size(6) List<@IntRange(min = 3, max = 12) Integer> sides,
            @ForAll @IntRange(min = 0, max = 5) int missing) {
        List<String> labels =
                new ArrayList<>(sides.stream().map(String::valueOf).toList());
        labels.set(missing, PyList.MISSING);
        PolygonSidesNumberState s = new PolygonSidesNumberState(sides, labels);
        List<Integer> fitting = new ArrayList<>();
        for (int candidate = 1; candidate <= 12; candidate++) {
            List<String> filled = new ArrayList<>(labels);
            filled.set(missing, Integer.toString(candidate));
            boolean fits = true;
            for (int i = 0; i < sides.size(); i++) {
                fits &= Integer.parseInt(filled.get(i)) == sides.get(i);
            }
            if (fits) {
                fitting.add(candidate);
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(PolygonSidesNumberSolver.solve(s).answer())
                .isEqualTo(fitting.get(0).toString());
    }

    @Test
    void aVisibleNumberThatIsNotItsSideCountHasNoPattern() {
        var s = new PolygonSidesNumberState(List.of(9, 6, 5, 8, 3, 4), List.of("9", "6", "5", "7", "?", "4"));
        assertThatThrownBy(() -> PolygonSidesNumberSolver.solve(s)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TYPE.fromFacts(s, TYPE.facts(s))).isEmpty();
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        var s = new PolygonSidesNumberState(List.of(9, 6, 5, 8, 3, 4), List.of("9", "6", "5", "8", "?", "4"));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing number of the part denoted with a question mark?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .startsWith("There are 6 numbered polygons arranged in a triangle with "
                        + "number [9] in the top row, [6, 5] in the middle row, and [8, '?', 4] in the bottom row.");
        assertThat(top.get("deduction").asText())
                .isEqualTo("Based on the pattern that the number inside the polygon "
                        + "represents the number of sides of the polygon, the missing number of the polygon with 3 sides "
                        + "should be 3.");
    }

    /** Released captions give the numbers but not the hidden polygon's side count, so none can be read. */
    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.Tally tally = ReleasedPatterns.check(TYPE);
        assertThat(tally.records()).isEqualTo(100);
        assertThat(tally.parsed()).isZero();
        assertThat(tally.refusals()).hasSize(100).allMatch(m -> m.contains("numbers of sides"));
    }
}
