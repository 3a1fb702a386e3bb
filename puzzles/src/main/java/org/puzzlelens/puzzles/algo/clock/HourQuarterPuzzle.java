package org.puzzlelens.puzzles.algo.clock;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.awt.Graphics2D;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
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
public final class HourQuarterPuzzle implements LabVariant<ClockState> {
    private static final TypeInfo INFO = new TypeInfo("clock_quarter_lab", Suite.LAB, EnumSet.of(Tag.Pos, Tag.Sh),
            List.of(), "lab: tell which quarter of the dial the clock's hour hand is in");
    private static final List<String> QUARTERS = List.of("12 to 3", "3 to 6", "6 to 9", "9 to 12");
    /** The event of the released question plays no part here; the state still needs one. */
    private static final ClockState NO_EVENT = new ClockState(12, 0, true, 1, 0, "");

    @Override
    public TypeInfo info() {
        return INFO;
    }

    @Override
    public Class<ClockState> stateType() {
        return ClockState.class;
    }

    @Override
    public ClockState generate(Parameters params, RandomGenerator rng) {
        return new ClockState(rng.nextInt(1, 13), rng.nextInt(60), true, 1, 0, "");
    }

    @Override
    public String question(ClockState s) {
        return "The image shows an analog clock. Between which two numbers of the dial is the short hour hand?";
    }

    @Override
    public List<String> fixedOptions() {
        return QUARTERS;
    }

    /** The hour hand has passed the hour shown, so hours 12, 1 and 2 lie between 12 and 3, and so on. */
    @Override
    public Solution solve(ClockState s) {
        int quarter = s.hour() % 12 / 3;
        var fields = JsonNodeFactory.instance.objectNode().put("facts", Facts.format(facts(s)));
        return new Solution(QUARTERS.get(quarter), List.of("hour = " + s.hour() + ", so the hour hand is between "
                + s.hour() + " and " + (s.hour() % 12 + 1), "so it is in the quarter " + QUARTERS.get(quarter)), fields);
    }

    @Override
    public Canvas canvas(ClockState state) {
        return ClockRenderer.CANVAS;
    }

    @Override
    public void draw(ClockState state, Graphics2D g) {
        ClockRenderer.draw(state, g);
    }

    @Override
    public List<Fact> facts(ClockState state) {
        return ClockDescriber.facts(state);
    }

    @Override
    public String factGuide() {
        return ClockDescriber.GUIDE;
    }

    @Override
    public Optional<ClockState> fromFacts(ClockState question, List<Fact> facts) {
        return ClockDescriber.fromFacts(NO_EVENT, facts);
    }
}
