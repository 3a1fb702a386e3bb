package org.puzzlelens.puzzles.algo.thinkdot;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Disc;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Hole;
import org.puzzlelens.puzzles.algo.thinkdot.ThinkDotState.Region;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/** Lab variant of {@code think_dot}: how many of the eight discs show a blue face (1 to 4, uniform)? */
public final class BlueDiscCountPuzzle extends LabVariant<ThinkDotState> {
    static final Param.Int BLUE = Param.Int.same("blue", "discs showing blue: the answer", IntRange.of(1, 4));
    private static final TypeInfo INFO = TypeInfo.of(
            "dot_count_lab",
            Suite.LAB,
            "lab: count the blue faces of a Think-a-Dot toy",
            List.of(BLUE),
            Tag.Col,
            Tag.Pos,
            Tag.Ar);
    /** No ball is dropped in this question; the state still names one. */
    private static final ThinkDotState NO_BALLS = new ThinkDotState(
            List.of(
                    List.of(Disc.BLUE, Disc.BLUE, Disc.BLUE),
                    List.of(Disc.BLUE, Disc.BLUE),
                    List.of(Disc.BLUE, Disc.BLUE, Disc.BLUE)),
            List.of(Hole.LEFT),
            Disc.BLUE,
            Region.TOTAL);

    public BlueDiscCountPuzzle() {
        super(
                INFO,
                BlueDiscCountPuzzle::draw,
                BlueDiscCountPuzzle::count,
                state -> ThinkDotRenderer.CANVAS,
                ThinkDotRenderer::draw,
                ThinkDotDescriber.INSTANCE,
                NO_BALLS,
                List.of("1", "2", "3", "4"));
    }

    private static ThinkDotState draw(Parameters params, RandomGenerator rng) {
        int blue = params.get(BLUE);
        List<Disc> faces = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            faces.add(i < blue ? Disc.BLUE : Disc.YELLOW);
        }
        Collections.shuffle(faces, rng);
        List<List<Disc>> rows = new ArrayList<>();
        int from = 0;
        for (int size : ThinkDotState.ROW_SIZES) {
            rows.add(List.copyOf(faces.subList(from, from + size)));
            from += size;
        }
        return new ThinkDotState(rows, NO_BALLS.balls(), Disc.BLUE, Region.TOTAL);
    }

    @Override
    public String question(ThinkDotState s) {
        return "The toy shown in the figure has eight discs on its front, three in the top row, two in the middle row "
                + "and three in the bottom row; each shows a blue or a yellow face. How many discs show a blue face?";
    }

    private static Solution count(ThinkDotState s) {
        List<Fact> facts = ThinkDotDescriber.INSTANCE.facts(s);
        List<String> blue = facts.stream()
                .filter(f -> f.value().equals("blue"))
                .map(Fact::key)
                .toList();
        return new Solution(
                String.valueOf(blue.size()),
                List.of("blue: " + String.join(", ", blue), "count = " + blue.size()),
                factsField(facts));
    }
}
