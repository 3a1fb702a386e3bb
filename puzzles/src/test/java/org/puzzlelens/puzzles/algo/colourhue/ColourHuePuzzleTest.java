package org.puzzlelens.puzzles.algo.colourhue;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.search.BreadthFirstSearch;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class ColourHuePuzzleTest extends PuzzleTypeContract<ColourHueState> {
    private static final ColourHuePuzzle TYPE = new ColourHuePuzzle();

    @Override
    protected PuzzleType<ColourHueState> type() {
        return TYPE;
    }

    /** Reads each tile centre of (B) as the ideal colours, then finds each tile of (A) among them. */
    @Override
    protected ColourHueState readPixels(BufferedImage image, ColourHueState q) {
        Pixels px = Pixels.of(image, ColourHueRenderer.CANVAS);
        List<Rgb> ideal = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < q.size(); i++) {
            ideal.add(rgb(px, ColourHueRenderer.tileCentre(q, ColourHueRenderer.LEFT_B, i)));
        }
        for (int i = 0; i < q.size(); i++) {
            int found = ideal.indexOf(rgb(px, ColourHueRenderer.tileCentre(q, ColourHueRenderer.LEFT_A, i)));
            assertThat(found).as("tile %d of (A) has a colour of (B)", i).isNotNegative();
            order.add(found);
        }
        return new ColourHueState(q.rows(), q.columns(), ideal, order);
    }

    private static Rgb rgb(Pixels px, double[] at) {
        Color c = px.at(at[0], at[1]);
        return new Rgb(c.getRed(), c.getGreen(), c.getBlue());
    }

    private static final Pattern IDEAL = Pattern.compile("(r\\d+c\\d+) = RGB\\((\\d+),(\\d+),(\\d+)\\)");
    private static final Pattern HOLDS = Pattern.compile("(r\\d+c\\d+) holds the tile of \\(B\\) (r\\d+c\\d+)");
    private static final Pattern SIZE = Pattern.compile("Two boards of (\\d+) x (\\d+) coloured tiles");

    @Override
    protected ColourHueState parseDescription(String description, ColourHueState q) {
        Matcher size = SIZE.matcher(description);
        assertThat(size.find()).as(description).isTrue();
        List<String> cells = new ArrayList<>();
        List<Rgb> ideal = new ArrayList<>();
        Matcher m = IDEAL.matcher(description);
        while (m.find()) {
            cells.add(m.group(1));
            ideal.add(
                    new Rgb(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        }
        List<Integer> order = new ArrayList<>();
        Matcher h = HOLDS.matcher(description);
        while (h.find()) {
            order.add(cells.indexOf(h.group(2)));
        }
        return new ColourHueState(Integer.parseInt(size.group(1)), Integer.parseInt(size.group(2)), ideal, order);
    }

    /** Breadth-first search over single swaps from the shuffled board to the ideal one. */
    @Property(tries = 200)
    void solverAgreesWithBreadthFirstSearchOverSwaps(@ForAll @IntRange(min = 2, max = 6) int n, @ForAll long seed) {
        List<Integer> order = new ArrayList<>(ColourHueSolver.identity(n));
        Random random = new Random(seed);
        while (order.equals(ColourHueSolver.identity(n))) {
            Collections.shuffle(order, random);
        }
        List<Rgb> colours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            colours.add(new Rgb(40 * i, 0, 0));
        }
        ColourHueState s = new ColourHueState(1, n, colours, order);
        assertThat(ColourHueSolver.solve(s).answer()).isEqualTo(Integer.toString(swapDistance(order)));
    }

    private static int swapDistance(List<Integer> start) {
        List<Integer> goal = ColourHueSolver.identity(start.size());
        return BreadthFirstSearch.overStates(
                        List.of(start), ColourHuePuzzleTest::swaps, goal::equals, BreadthFirstSearch.UNBOUNDED)
                .depth(goal)
                .orElseThrow(() -> new AssertionError("identity unreachable"));
    }

    private static List<List<Integer>> swaps(List<Integer> board) {
        List<List<Integer>> out = new ArrayList<>();
        for (int a = 0; a < board.size(); a++) {
            for (int b = a + 1; b < board.size(); b++) {
                List<Integer> next = new ArrayList<>(board);
                Collections.swap(next, a, b);
                out.add(next);
            }
        }
        return out;
    }

    @Test
    void questionsAndFieldsMatchEveryReleasedRecord() throws Exception {
        ReleasedRecords.assertQuestionsAndSolutionsMatch(TYPE);
    }
}
