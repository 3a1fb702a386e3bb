package org.puzzlelens.puzzles.pattern.sizegrid;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.ReleasedPatterns;
import org.puzzlelens.puzzles.pattern.common.ShapeReader;
import org.puzzlelens.puzzles.pattern.common.Size;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class SizeGridPuzzleTest extends PuzzleTypeContract<SizeGridState> {
    private static final SizeGridPuzzle TYPE = new SizeGridPuzzle();

    @Override
    protected PuzzleType<SizeGridState> type() {
        return TYPE;
    }

    @Override
    protected int optionCount() {
        return 3;
    }

    @Override
    protected SizeGridState readPixels(BufferedImage image, SizeGridState q) {
        ShapeReader reader = new ShapeReader(Pixels.of(image, PatternDraw.CANVAS), SizeGridRenderer.FILL);
        return new SizeGridState(reader.grid(
                SizeGridState.SIZE,
                SizeGridRenderer.FIRST,
                SizeGridRenderer.STEP,
                (x, y) -> Size.WORDS.get(ShapeReader.nearest(
                        SizeGridRenderer.RADIUS, reader.meanReach(x, y, 0) + SizeGridRenderer.STROKE / 2))));
    }

    @Override
    protected SizeGridState parseDescription(String description, SizeGridState q) {
        return new SizeGridState(PyList.all(description));
    }

    /**
     * For every way to deal the sizes and every hidden cell, tries each size in the hole: exactly one makes
     * all four corners alike, all four edge cells alike and the three groups different, and it is the answer.
     */
    @Property
    void exactlyOneSizeCompletesThePattern(
            @ForAll @IntRange(min = 0, max = 5) int deal, @ForAll @IntRange(min = 0, max = 8) int hiddenCell) {
        List<String> sizes = permutation(deal);
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                row.add(
                        r * 3 + c == hiddenCell
                                ? PyList.MISSING
                                : sizes.get(SizeGridState.Role.of(r, c).ordinal()));
            }
            rows.add(row);
        }
        SizeGridState s = new SizeGridState(rows);
        List<String> fitting =
                Size.WORDS.stream().filter(size -> fits(rows, size)).toList();
        assertThat(fitting).hasSize(1);
        assertThat(SizeGridSolver.solve(s).answer()).isEqualTo(fitting.get(0));
    }

    private static List<String> permutation(int index) {
        List<String> left = new ArrayList<>(Size.WORDS);
        List<String> out = new ArrayList<>();
        int i = index;
        for (int n = 3; n > 0; n--) {
            out.add(left.remove(i % n));
            i /= n;
        }
        return out;
    }

    private static boolean fits(List<List<String>> rows, String size) {
        List<List<String>> g = rows.stream()
                .map(row -> row.stream()
                        .map(v -> v.equals(PyList.MISSING) ? size : v)
                        .toList())
                .toList();
        String corner = g.get(0).get(0);
        String edge = g.get(0).get(1);
        String centre = g.get(1).get(1);
        boolean corners = List.of(g.get(0).get(2), g.get(2).get(0), g.get(2).get(2)).stream()
                .allMatch(corner::equals);
        boolean edges = List.of(g.get(1).get(0), g.get(1).get(2), g.get(2).get(1)).stream()
                .allMatch(edge::equals);
        return corners && edges && !corner.equals(edge) && !edge.equals(centre) && !corner.equals(centre);
    }

    @Test
    void questionAndCaptionMatchTheReleasedWording() {
        SizeGridState s = new SizeGridState(List.of(
                List.of("medium", "large", "medium"),
                List.of("large", "small", "large"),
                List.of("medium", "?", "medium")));
        assertThat(TYPE.question(s)).isEqualTo("What is the size of the missing part denoted with a question mark?");
        var top = TYPE.solve(s).topLevel();
        assertThat(top.get("caption").asText())
                .isEqualTo(
                        "There are circles arranged in a grid formation with varying "
                                + "sizes in the image. The sizes in the first row are ['medium', 'large', 'medium'], the sizes in the second "
                                + "row are ['large', 'small', 'large'], and the sizes in the third row are ['medium', '?', 'medium'].");
        assertThat(top.get("explanation").asText())
                .isEqualTo("We observe that the circles at the corners are medium "
                        + "size, while the circles directly adjacent to the center are large size. Only the center circle is small "
                        + "size. Hence, the pattern is that the circles alternate in size depending on if they are at the corner or "
                        + "adjacent to the center.");
        assertThat(top.get("deduction").asText())
                .endsWith("the size of the missing part that is adjacent to the center " + "should be large.");
    }

    @Test
    void releasedRecordsAgree() throws Exception {
        ReleasedPatterns.assertAgrees(TYPE, 100);
    }
}
