package org.puzzlelens.puzzles.algo.towerofhanoi;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;
import org.puzzlelens.puzzles.testing.ReleasedRecords;

class TowerOfHanoiPuzzleTest extends PuzzleTypeContract<TowerOfHanoiState> {
    private static final TowerOfHanoiPuzzle TYPE = new TowerOfHanoiPuzzle();

    @Override
    protected PuzzleType<TowerOfHanoiState> type() {
        return TYPE;
    }

    /**
     * The question states the number of disks. Up each rod, level by level, a non-white pixel just
     * beside the rod means a disk; its width, measured outwards to the first white pixel, says which.
     */
    @Override
    protected TowerOfHanoiState readPixels(BufferedImage image, TowerOfHanoiState q) {
        Pixels px = Pixels.of(image, TowerOfHanoiRenderer.canvas(q));
        return new TowerOfHanoiState(readPanel(px, q, false), readPanel(px, q, true));
    }

    private static List<List<Integer>> readPanel(Pixels px, TowerOfHanoiState q, boolean endPanel) {
        List<List<Integer>> rods = new ArrayList<>();
        double base = TowerOfHanoiRenderer.baseTop(q, endPanel);
        for (int rod = 0; rod < TowerOfHanoiState.RODS; rod++) {
            double x = TowerOfHanoiRenderer.rodX(rod);
            List<Integer> disks = new ArrayList<>();
            for (int level = 0; level < q.disks(); level++) {
                double y = base - (level + 0.5) * TowerOfHanoiRenderer.DISK_HEIGHT;
                if (px.near(x + TowerOfHanoiRenderer.ROD_WIDTH, y, Color.WHITE, 30)) {
                    break;
                }
                double half = TowerOfHanoiRenderer.ROD_WIDTH;
                while (!px.near(x + half, y, Color.WHITE, 30)) {
                    half += 1;
                }
                double fraction = (2 * half - TowerOfHanoiRenderer.MIN_DISK)
                        / (TowerOfHanoiRenderer.MAX_DISK - TowerOfHanoiRenderer.MIN_DISK);
                disks.add(q.disks() == 1 ? 1 : (int) Math.round(fraction * (q.disks() - 1)) + 1);
            }
            rods.add(disks);
        }
        return rods;
    }

    private static final Pattern START = Pattern.compile(
            "Starting Configuration, has, listing each rod's disks from " + "bottom to top: (.+?)\\. The bottom half");
    private static final Pattern END = Pattern.compile("Ending Configuration, has: (.+?)\\.$");
    private static final Pattern ROD = Pattern.compile("rod \\d: ([\\d, ]+|empty)");

    @Override
    protected TowerOfHanoiState parseDescription(String description, TowerOfHanoiState q) {
        return new TowerOfHanoiState(parseRods(START, description), parseRods(END, description));
    }

    private static List<List<Integer>> parseRods(Pattern side, String description) {
        Matcher m = side.matcher(description);
        assertThat(m.find()).as(description).isTrue();
        List<List<Integer>> rods = new ArrayList<>();
        Matcher rod = ROD.matcher(m.group(1));
        while (rod.find()) {
            rods.add(
                    rod.group(1).equals("empty")
                            ? List.of()
                            : Arrays.stream(rod.group(1).split(", "))
                                    .map(Integer::valueOf)
                                    .toList());
        }
        return rods;
    }

    /** Independent check: iterative-deepening depth-first search over rod stacks, never undoing the last move. */
    @Property
    void solverAgreesWithIterativeDeepening(
            @ForAll @IntRange(min = 1, max = 4) int disks,
            @ForAll @Size(4) List<@IntRange(min = 0, max = 2) Integer> startRods,
            @ForAll @Size(4) List<@IntRange(min = 0, max = 2) Integer> endRods) {
        List<List<Integer>> start = stacks(startRods, disks);
        List<List<Integer>> end = stacks(endRods, disks);
        if (start.equals(end)) {
            return;
        }
        int depth = 0;
        while (!reachable(copy(start), end, depth, -1)) {
            depth++;
        }
        assertThat(TowerOfHanoiSolver.solve(new TowerOfHanoiState(start, end)).answer())
                .isEqualTo(Integer.toString(depth));
    }

    private static List<List<Integer>> stacks(List<Integer> rodOfDisk, int disks) {
        List<List<Integer>> rods = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (int disk = disks; disk >= 1; disk--) {
            rods.get(rodOfDisk.get(disk - 1)).add(disk);
        }
        return rods;
    }

    private static List<List<Integer>> copy(List<List<Integer>> rods) {
        return rods.stream().<List<Integer>>map(ArrayList::new).toList();
    }

    private static boolean reachable(List<List<Integer>> rods, List<List<Integer>> goal, int depth, int lastDisk) {
        if (rods.equals(goal)) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (List<Integer> from : rods) {
            for (List<Integer> to : rods) {
                if (from == to || from.isEmpty()) {
                    continue;
                }
                int disk = from.get(from.size() - 1);
                if (disk == lastDisk || !to.isEmpty() && to.get(to.size() - 1) < disk) {
                    continue;
                }
                from.remove(from.size() - 1);
                to.add(disk);
                boolean found = reachable(rods, goal, depth - 1, disk);
                to.remove(to.size() - 1);
                from.add(disk);
                if (found) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void solutionFieldsAndQuestionMatchEveryReleasedRecord() throws Exception {
        ReleasedRecords.assertQuestionsMatch(TYPE);
        for (var line : ReleasedRecords.of(TYPE)) {
            var fields = TYPE.solve(line.state()).fields();
            var released = line.solution();
            assertThat(fields.get("moves").size())
                    .isEqualTo(released.get("moves").size());
            assertThat(fields.get("start_position")).isEqualTo(released.get("start_position"));
            assertThat(fields.get("end_position")).isEqualTo(released.get("end_position"));
        }
    }
}
