package org.puzzlelens.puzzles.algo.waterjugs;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.testing.Pixels;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

class WaterJugsPuzzleTest extends PuzzleTypeContract<WaterJugsState> {
    private static final WaterJugsPuzzle TYPE = new WaterJugsPuzzle();

    @Override
    protected PuzzleType<WaterJugsState> type() {
        return TYPE;
    }

    /**
     * The y scale follows from the largest capacity the question states; each jug's capacity is the
     * height of its black left wall and its water the litres of blue up its middle.
     */
    @Override
    protected WaterJugsState readPixels(BufferedImage image, WaterJugsState q) {
        Pixels px = Pixels.of(image, WaterJugsRenderer.CANVAS);
        int top = Collections.max(q.capacities()) + 1;
        List<Integer> capacities = new ArrayList<>();
        List<Integer> water = new ArrayList<>();
        for (int jug = 0; jug < q.jugs(); jug++) {
            double wall = WaterJugsRenderer.jugLeft(q, jug);
            double middle = (wall + WaterJugsRenderer.jugRight(q, jug)) / 2;
            int capacity = 0;
            int litres = 0;
            for (int k = 1; k < top; k++) {
                double y = WaterJugsRenderer.levelY(q, k - 0.5);
                capacity += px.near(wall, y, Color.BLACK, 120) ? 1 : 0;
                litres += px.near(middle, y, WaterJugsRenderer.WATER, 30) ? 1 : 0;
            }
            capacities.add(capacity);
            water.add(litres);
        }
        return new WaterJugsState(capacities, water, q.end());
    }

    private static final Pattern JUG = Pattern.compile("Jug (\\d+) holds (\\d+) of (\\d+) litres\\.");

    @Override
    protected WaterJugsState parseDescription(String description, WaterJugsState q) {
        Matcher m = JUG.matcher(description);
        List<Integer> capacities = new ArrayList<>();
        List<Integer> water = new ArrayList<>();
        while (m.find()) {
            assertThat(Integer.parseInt(m.group(1))).isEqualTo(capacities.size() + 1);
            water.add(Integer.parseInt(m.group(2)));
            capacities.add(Integer.parseInt(m.group(3)));
        }
        return new WaterJugsState(capacities, water, q.end());
    }

    /** Independent check: iterative deepening over every sequence of pours finds the same least count. */
    @Property(tries = 150)
    void solverAgreesWithIterativeDeepening(
            @ForAll @IntRange(min = 1, max = 3) int pours,
            @ForAll @IntRange(min = 3, max = 4) int jugs,
            @ForAll long seed) {
        WaterJugsState s = WaterJugsGenerator.generate(
                new Parameters(Map.of("jugs", jugs, "pours", pours, "max_capacity", 7)), new SplittableRandom(seed));
        int least = -1;
        for (int depth = 0; depth <= 6 && least < 0; depth++) {
            if (reachable(s.capacities(), new ArrayList<>(s.start()), s.end(), depth)) {
                least = depth;
            }
        }
        assertThat(least).isBetween(1, 6);
        assertThat(WaterJugsSolver.solve(s).answer()).isEqualTo(Integer.toString(least));
    }

    private static boolean reachable(List<Integer> caps, List<Integer> now, List<Integer> goal, int depth) {
        if (now.equals(goal)) {
            return true;
        }
        if (depth == 0) {
            return false;
        }
        for (int a = 0; a < now.size(); a++) {
            for (int b = 0; b < now.size(); b++) {
                int moved = Math.min(now.get(a), caps.get(b) - now.get(b));
                if (a == b || moved == 0) {
                    continue;
                }
                List<Integer> next = new ArrayList<>(now);
                next.set(a, now.get(a) - moved);
                next.set(b, now.get(b) + moved);
                if (reachable(caps, next, goal, depth - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void questionAndStepsMatchAReleasedRecord() {
        WaterJugsState s = new WaterJugsState(List.of(11, 5, 4), List.of(11, 0, 2), List.of(11, 1, 1));
        assertThat(TYPE.question(s))
                .isEqualTo("You are given 3 jugs of capacities 11, 5, 4 litres. Initially, the "
                        + "amount of water that is contained in each jar is shown in the image. A single step of water pouring "
                        + "from one jug to another is constrained by the following rules: i) take a non-empty jug and pour "
                        + "water from it to another non-full jug until the first one becomes empty or the second one becomes "
                        + "full; and ii) no water can be split while pouring. The objective is to reach the amounts of 11, 1, "
                        + "1 litres of water in the jugs from left to right, respectively. What is the minimum number of water "
                        + "pouring steps required to achieve the objective?");
        var solution = WaterJugsSolver.solve(s);
        assertThat(solution.answer()).isEqualTo("4");
        assertThat(solution.fields().get("steps")).hasSize(5);
        assertThat(solution.fields().get("total_water").asInt()).isEqualTo(13);
    }
}
