package org.puzzlelens.puzzles.algo.clock;

import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.core.Tag;
import org.puzzlelens.puzzles.core.TypeInfo;

/**
 * Lab variant of {@code clock}: in which quarter of the dial is the hour hand? The hour and minute
 * are uniform, so every quarter is equally likely.
 */
public final class HourQuarterPuzzle extends LabVariant<ClockState> {
    private static final TypeInfo INFO = TypeInfo.of(
            "clock_quarter_lab",
            Suite.LAB,
            "lab: tell which quarter of the dial the clock's hour hand is in",
            List.of(),
            Tag.Pos,
            Tag.Sh);
    private static final List<String> QUARTERS = List.of("12 to 3", "3 to 6", "6 to 9", "9 to 12");
    /** The event of the released question plays no part here; the state still needs one. */
    private static final ClockState NO_EVENT = new ClockState(12, 0, true, 1, 0, "");

    public HourQuarterPuzzle() {
        super(
                INFO,
                HourQuarterPuzzle::draw,
                HourQuarterPuzzle::quarter,
                state -> ClockRenderer.CANVAS,
                ClockRenderer::draw,
                ClockDescriber.INSTANCE,
                NO_EVENT,
                QUARTERS);
    }

    private static ClockState draw(Parameters params, RandomGenerator rng) {
        return new ClockState(rng.nextInt(1, 13), rng.nextInt(60), true, 1, 0, "");
    }

    @Override
    public String question(ClockState s) {
        return "The image shows an analog clock. Between which two numbers of the dial is the short hour hand?";
    }

    /** The hour hand has passed the hour shown, so hours 12, 1 and 2 lie between 12 and 3, and so on. */
    private static Solution quarter(ClockState s) {
        int quarter = s.hour() % 12 / 3;
        return new Solution(
                QUARTERS.get(quarter),
                List.of(
                        "hour = " + s.hour() + ", so the hour hand is between " + s.hour() + " and "
                                + (s.hour() % 12 + 1),
                        "so it is in the quarter " + QUARTERS.get(quarter)),
                factsField(ClockDescriber.INSTANCE.facts(s)));
    }
}
