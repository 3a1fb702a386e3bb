package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.ColourReading;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ColorOverlapSquaresPuzzleTest extends PuzzleTypeContract<ColorOverlapSquaresState> {
    private static final ColorOverlapSquaresPuzzle TYPE = new ColorOverlapSquaresPuzzle();

    @Override
    protected PuzzleType<ColorOverlapSquaresState> type() {
        return TYPE;
    }

    /** Samples each square where no neighbour covers it, and each overlap halfway between two centres. */
    @Override
    protected ColorOverlapSquaresState readPixels(BufferedImage image, ColorOverlapSquaresState q) {
        Pixels px = Pixels.of(image, ColorOverlapSquaresRenderer.CANVAS);
        int n = q.squares().size();
        double s = ColorOverlapSquaresRenderer.scale(n);
        List<String> squares = new ArrayList<>();
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Point2D c = ColorOverlapSquaresRenderer.centre(i, n);
            double dx = i == 0 ? -50 : i == n - 1 ? 50 : 30;
            double dy = i == 0 ? -20 : i == n - 1 ? 20 : 30;
            squares.add(ColourReading.word(px, c.getX() + dx * s, c.getY() + dy * s));
            if (i > 0) {
                Point2D b = ColorOverlapSquaresRenderer.centre(i - 1, n);
                overlaps.add(ColourReading.word(px, (b.getX() + c.getX()) / 2, (b.getY() + c.getY()) / 2));
            }
        }
        return new ColorOverlapSquaresState(squares, overlaps);
    }

    private static final Pattern SQUARE = Pattern.compile("Square \\d is (grey and shows a question mark|\\w+)\\.");
    private static final Pattern OVERLAP = Pattern.compile("overlap the colour is (\\w+)\\.");

    @Override
    protected ColorOverlapSquaresState parseDescription(String description, ColorOverlapSquaresState q) {
        List<String> squares = new ArrayList<>();
        List<String> overlaps = new ArrayList<>();
        Matcher m = SQUARE.matcher(description);
        while (m.find()) {
            squares.add(m.group(1).startsWith("grey") ? PyList.MISSING : m.group(1));
        }
        Matcher o = OVERLAP.matcher(description);
        while (o.find()) {
            overlaps.add(o.group(1));
        }
        return new ColorOverlapSquaresState(squares, overlaps);
    }

    /** Each palette colour is tried in the hidden square; exactly one makes every overlap the mix of its squares. */
    @Property
    void exactlyOneCandidateFitsAndTheSolverFindsIt(
            @ForAll @Size(min = 2, max = 4) List<@IntRange(min = 0, max = 2) Integer> primaries,
            @ForAll @IntRange(min = 0, max = 3) int missingPick) {
        List<String> truth =
                primaries.stream().map(PatternColour.PRIMARIES::get).toList();
        for (int i = 0; i + 1 < truth.size(); i++) {
            Assume.that(!truth.get(i).equals(truth.get(i + 1)));
        }
        int missing = missingPick % truth.size();
        List<String> overlaps = new ArrayList<>();
        for (int i = 0; i + 1 < truth.size(); i++) {
            overlaps.add(PatternColour.mix(truth.get(i), truth.get(i + 1)).orElseThrow());
        }
        List<String> squares = new ArrayList<>(truth);
        squares.set(missing, PyList.MISSING);
        List<String> fitting = new ArrayList<>();
        for (String candidate : PatternColour.words()) {
            List<String> filled = new ArrayList<>(squares);
            filled.set(missing, candidate);
            boolean fits = true;
            for (int i = 0; i + 1 < filled.size(); i++) {
                fits &= PatternColour.mix(filled.get(i), filled.get(i + 1))
                        .filter(overlaps.get(i)::equals)
                        .isPresent();
            }
            if (fits) {
                fitting.add(candidate);
            }
        }
        assertThat(fitting).hasSize(1);
        assertThat(ColorOverlapSquaresSolver.solve(new ColorOverlapSquaresState(squares, overlaps))
                        .answer())
                .isEqualTo(fitting.get(0));
    }

    @Test
    void overlapsThatAreNotMixesHaveNoAnswer() {
        var s = new ColorOverlapSquaresState(List.of("red", "blue", "?"), List.of("green", "purple"));
        assertThatThrownBy(() -> ColorOverlapSquaresSolver.solve(s)).isInstanceOf(IllegalArgumentException.class);
        assertThat(TYPE.fromFacts(s, TYPE.facts(s))).isEmpty();
    }

    @Test
    void questionAndReleasedFieldsMatchTheReleasedWording() {
        var s = new ColorOverlapSquaresState(List.of("yellow", "blue", "?"), List.of("green", "purple"));
        assertThat(TYPE.question(s)).isEqualTo("What is the missing color of the part denoted with a question mark?");
        var solution = TYPE.solve(s);
        assertThat(solution.answer()).isEqualTo("red");
        assertThat(solution.topLevel().get("caption").asText())
                .isEqualTo(
                        "There are 3 squares which overlap each other "
                                + "in the image. The color of the squares are ['yellow', 'blue', '?']. The part where the first and "
                                + "second squares overlap is green. The part where the second and third squares overlap is purple.");
        assertThat(solution.topLevel().get("explanation").asText())
                .isEqualTo("We observe that the yellow and blue "
                        + "squares overlap to form green. Hence, the pattern is that the color of the part where two squares "
                        + "overlap is determined by mixing the two colors.");
        assertThat(solution.topLevel().get("deduction").asText())
                .isEqualTo("Based on the pattern that the color of the "
                        + "part where two squares overlap is determined by mixing the two colors, the missing color of the part "
                        + "which overlaps with blue to form purple should be red.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        assertThat(ReleasedPatterns.agreeing(TYPE)).isEqualTo(100);
    }
}
