package org.puzzlelens.puzzles.algo.clock;

import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntDomain;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;

/** Draws a clock time and an offset; the released data uses 0..3 hours plus 1..59 minutes. */
final class ClockGenerator {
    static final List<String> PEOPLE = List.of(
            "Alexis",
            "Andrew",
            "Ashley",
            "Chris",
            "Daniel",
            "Elizabeth",
            "Emily",
            "Hannah",
            "Jacob",
            "Jessica",
            "Joseph",
            "Joshua",
            "Madison",
            "Matthew",
            "Michael",
            "Nicholas",
            "Samantha",
            "Sarah",
            "Taylor",
            "Tyler");

    static final Param.Int OFFSET_HOURS = new Param.Int(
            "offset_hours",
            "whole hours between now and the event",
            IntRange.of(0, 1),
            IntRange.of(0, 3),
            IntRange.of(0, 11));
    static final Param.Int MINUTE_STEP = new Param.Int(
                    "minute_step",
                    "the clock's minute is a multiple of this (5 puts the minute hand on a number)",
                    IntRange.exactly(5),
                    IntRange.exactly(1),
                    IntRange.exactly(1))
            .legal(IntDomain.divisorsOf(60));
    static final Param.Choice DIRECTION =
            Param.Choice.same("direction", "whether the event is later or was earlier", List.of("later", "earlier"));
    static final List<Param> PARAMS = List.of(OFFSET_HOURS, MINUTE_STEP, DIRECTION);

    private ClockGenerator() {}

    static ClockState generate(Parameters p, RandomGenerator rng) {
        int step = p.get(MINUTE_STEP);
        int hour = rng.nextInt(1, 13);
        int minute = rng.nextInt(60 / step) * step;
        int offsetMinutes = rng.nextInt(1, 60);
        String person = PEOPLE.get(rng.nextInt(PEOPLE.size()));
        return new ClockState(
                hour, minute, p.get(DIRECTION).equals("later"), p.get(OFFSET_HOURS), offsetMinutes, person);
    }
}
