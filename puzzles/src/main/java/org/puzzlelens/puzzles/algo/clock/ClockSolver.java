package org.puzzlelens.puzzles.algo.clock;

import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Clock arithmetic modulo twelve hours. */
final class ClockSolver {
    private ClockSolver() {}

    static Solution solve(ClockState s) {
        int now = (s.hour() % 12) * 60 + s.minute();
        int offset = s.offsetHours() * 60 + s.offsetMinutes();
        int then = Math.floorMod(now + (s.later() ? offset : -offset), 12 * 60);
        int hour = then / 60 == 0 ? 12 : then / 60;
        String answer = ClockState.time(hour, then % 60);

        Trace trace = new Trace()
                .add(
                        "The hour hand is between %d and %d and the minute hand points at minute %d, so the clock shows %s.",
                        s.hour(), s.hour() % 12 + 1, s.minute(), ClockState.time(s.hour(), s.minute()))
                .add(
                        "The event is %d h %d min %s, so %s %d h %d min.",
                        s.offsetHours(),
                        s.offsetMinutes(),
                        s.later() ? "from now" : "ago",
                        s.later() ? "add" : "subtract",
                        s.offsetHours(),
                        s.offsetMinutes())
                .add(
                        "%s %s %d:%02d = %s on a 12-hour clock.",
                        ClockState.time(s.hour(), s.minute()),
                        s.later() ? "+" : "-",
                        s.offsetHours(),
                        s.offsetMinutes(),
                        answer)
                .add("Answer: %s", answer);

        var fields = Json.object();
        fields.put("current_hour", s.hour());
        fields.put("current_minute", s.minute());
        String verb = s.later() ? "add" : "subtract";
        fields.put(verb + "_hour", s.offsetHours());
        fields.put(verb + "_minute", s.offsetMinutes());
        return new Solution(answer, trace.lines(), fields);
    }
}
