package org.puzzlelens.puzzles.algo.clock;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;

/** The clock in words and as facts: the time it shows is the whole visible state. */
enum ClockDescriber implements Describer<ClockState> {
    INSTANCE;

    private static final String GUIDE = """
            State the time the clock shows, one fact per line:
            hour = <the hour the hour hand has passed, 1..12>
            minute = <the minute the minute hand points at, 0..59>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ClockState s) {
        return "The image shows a standard analog clock with the numbers 1 to 12 around its face, minute tick marks, "
                + "a short brown hour hand and a long green minute hand, and no seconds hand. "
                + "The minute hand points at minute " + s.minute() + " and the hour hand is "
                + (s.minute() == 0 ? "on " + s.hour() : "between " + s.hour() + " and " + (s.hour() % 12 + 1))
                + ", so the clock shows " + ClockState.time(s.hour(), s.minute()) + ".";
    }

    @Override
    public List<Fact> facts(ClockState s) {
        return List.of(Fact.of("hour", s.hour()), Fact.of("minute", s.minute()));
    }

    @Override
    public Optional<ClockState> fromFacts(ClockState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        try {
            int hour = Integer.parseInt(map.getOrDefault("hour", ""));
            int minute = Integer.parseInt(map.getOrDefault("minute", ""));
            return Optional.of(new ClockState(
                    hour,
                    minute,
                    question.later(),
                    question.offsetHours(),
                    question.offsetMinutes(),
                    question.person()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
