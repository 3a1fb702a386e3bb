package org.puzzlelens.puzzles.algo.thinkdot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Disc;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Hole;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Region;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class ThinkDotPuzzleTest extends PuzzleTypeContract<ThinkDotState> {
    private static final ThinkDotPuzzle TYPE = new ThinkDotPuzzle();

    @Override
    protected PuzzleType<ThinkDotState> type() {
        return TYPE;
    }

    /** Reads each disc's face colour at the centre of its face circle. */
    @Override
    protected ThinkDotState readPixels(BufferedImage image, ThinkDotState q) {
        Pixels px = Pixels.of(image, ThinkDotRenderer.CANVAS);
        List<List<Disc>> discs = new ArrayList<>();
        for (int r = 0; r < ThinkDotState.ROW_SIZES.size(); r++) {
            List<Disc> row = new ArrayList<>();
            for (int c = 0; c < ThinkDotState.ROW_SIZES.get(r); c++) {
                Point2D p = ThinkDotRenderer.centre(r, c);
                Color seen = px.at(p.getX(), p.getY() - ThinkDotRenderer.FACE_RISE);
                row.add(
                        Pixels.distance(seen, ThinkDotRenderer.BLUE) < Pixels.distance(seen, ThinkDotRenderer.YELLOW)
                                ? Disc.BLUE
                                : Disc.YELLOW);
            }
            discs.add(row);
        }
        return new ThinkDotState(discs, q.balls(), q.asked(), q.region());
    }

    private static final Pattern ROW = Pattern.compile("(Top|Middle|Bottom) row, left to right: ([a-z, ]+)\\.");

    @Override
    protected ThinkDotState parseDescription(String description, ThinkDotState q) {
        Matcher m = ROW.matcher(description);
        List<List<Disc>> discs = new ArrayList<>();
        while (m.find()) {
            discs.add(List.of(m.group(2).split(", ")).stream().map(Disc::of).toList());
        }
        return new ThinkDotState(discs, q.balls(), q.asked(), q.region());
    }

    /**
     * An independent model of the toy as an 8-bit mask (bit set = yellow; bits 0-2 top, 3-4 middle,
     * 5-7 bottom) where each disc names its successor for either face; the solver must count the
     * same after any sequence of drops from any board.
     */
    @Property
    void solverAgreesWithABitmaskModel(
            @ForAll @IntRange(min = 0, max = 255) int board,
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 2) Integer> holes,
            @ForAll boolean yellow,
            @ForAll @IntRange(min = 0, max = 3) int regionIndex) {
        // successor bit of each disc when it shows blue / yellow; -1 = leaves the toy
        int[] nextBlue = {3, 3, 7, 5, 6, -1, -1, -1};
        int[] nextYellow = {5, 4, 4, 6, 7, -1, -1, -1};
        int mask = board;
        for (int hole : holes) {
            int disc = hole;
            while (disc >= 0) {
                boolean isYellow = (mask >> disc & 1) == 1;
                mask ^= 1 << disc;
                disc = isYellow ? nextYellow[disc] : nextBlue[disc];
            }
        }
        int[][] regionBits = {{0, 1, 2}, {3, 4}, {5, 6, 7}, {0, 1, 2, 3, 4, 5, 6, 7}};
        int expected = 0;
        for (int bit : regionBits[regionIndex]) {
            expected += ((mask >> bit & 1) == 1) == yellow ? 1 : 0;
        }
        ThinkDotState s = new ThinkDotState(
                fromMask(board),
                holes.stream().map(h -> Hole.values()[h]).toList(),
                yellow ? Disc.YELLOW : Disc.BLUE,
                Region.values()[regionIndex]);
        assertThat(ThinkDotSolver.solve(s).answer()).isEqualTo(Integer.toString(expected));
    }

    private static List<List<Disc>> fromMask(int mask) {
        List<List<Disc>> rows = new ArrayList<>();
        int bit = 0;
        for (int size : ThinkDotState.ROW_SIZES) {
            List<Disc> row = new ArrayList<>();
            for (int i = 0; i < size; i++, bit++) {
                row.add((mask >> bit & 1) == 1 ? Disc.YELLOW : Disc.BLUE);
            }
            rows.add(row);
        }
        return rows;
    }

    @Test
    void everyBallFlipsOneTopAndOneBottomDisc() {
        List<List<Disc>> allBlue = fromMask(0);
        for (Hole h : Hole.values()) {
            List<ThinkDotSolver.Step> path = ThinkDotSolver.path(allBlue, h);
            assertThat(path.get(0).row()).isEqualTo(ThinkDotSolver.TOP);
            assertThat(path.get(path.size() - 1).row()).isEqualTo(ThinkDotSolver.BOTTOM);
        }
        assertThat(ThinkDotSolver.path(allBlue, Hole.RIGHT)).hasSize(2);
        assertThat(ThinkDotSolver.path(allBlue, Hole.LEFT)).hasSize(3);
    }

    @Test
    void questionMatchesTheReleasedWording() {
        List<List<Disc>> allBlue = fromMask(0);
        ThinkDotState one = new ThinkDotState(allBlue, List.of(Hole.LEFT), Disc.YELLOW, Region.TOP);
        assertThat(TYPE.question(one))
                .isEqualTo(ThinkDotPuzzle.PREAMBLE + "One ball in dropped through the left "
                        + "hole. Consider the toy configuration after the ball has been dropped and it has exited from the "
                        + "bottom. How many yellow faces can be seen in the top row now?");
        assertThat(TYPE.question(one))
                .startsWith("The toy shown in the figure has eight coloured disks on its "
                        + "front, and three holes on its top \u2013 left, right, and center \u2013 through which");
        assertThat(ThinkDotSolver.solve(one).answer()).isEqualTo("1");
        ThinkDotState two = new ThinkDotState(allBlue, List.of(Hole.RIGHT, Hole.CENTER), Disc.BLUE, Region.TOTAL);
        assertThat(TYPE.question(two))
                .endsWith("Two balls are dropped in sequence through the following holes: "
                        + "right, center. Consider the toy configuration after all the balls have been dropped and they have "
                        + "exited from the bottom. How many blue faces can be seen in total in all the rows now?");
    }
}
