package org.puzzlelens.puzzles.algo.wheeloffortune;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Turns every segment by the net spin and finds the segment under the arrow. */
final class WheelOfFortuneSolver {
    private WheelOfFortuneSolver() {}

    /** "2.55" for 51 twentieths: a whole number of turns plus a multiple of 0.05. */
    static String turnsText(int twentieths) {
        return BigDecimal.valueOf(twentieths * 5L, 2).stripTrailingZeros().toPlainString();
    }

    /** The segment under the arrow after the spin; the arrow must not sit on a boundary. */
    static int winner(WheelOfFortuneState s) {
        for (int i = 0; i < s.segments(); i++) {
            int into = Math.floorMod(s.arrowAt() - s.rotatedStart(i), 360);
            if (into == 0) {
                throw new IllegalArgumentException("the arrow lands on a boundary at " + s.arrowAt() + " degrees");
            }
            if (into < s.widths().get(i)) {
                return i;
            }
        }
        throw new IllegalStateException("no segment covers " + s.arrowAt() + " degrees");
    }

    /** The released field: the net turn, counterclockwise as is, clockwise as that turn minus 360. */
    static int effectiveRotation(WheelOfFortuneState s) {
        int r = Math.floorMod(s.degrees(), 360);
        return s.clockwise() && r != 0 ? r - 360 : r;
    }

    static Solution solve(WheelOfFortuneState s) {
        int win = winner(s);
        String answer = s.prizes().get(win);
        int r = Math.floorMod(s.degrees(), 360);
        String direction = s.clockwise() ? "clockwise" : "counterclockwise";
        Trace trace = new Trace()
                .add(
                        "Angles run counterclockwise from 3 o'clock; before the spin the segments are %s.",
                        spans(s, false))
                .add(
                        "The wheel turns %s %s, and %d mod 360 = %d degrees.",
                        direction,
                        s.inTurns()
                                ? turnsText(s.amount()) + " x 360 = " + s.degrees() + " degrees"
                                : s.degrees() + " degrees",
                        s.degrees(),
                        r)
                .add(
                        "Turning %s %s every angle by %d degrees: %s.",
                        direction, s.clockwise() ? "lowers" : "raises", r, spans(s, true))
                .add(
                        "The arrow at %d degrees lies in %s (%s), so that is the prize.",
                        s.arrowAt(),
                        answer,
                        span(s.rotatedStart(win), s.widths().get(win)))
                .add("Answer: %s", answer);

        List<Integer> order = IntStream.range(0, s.segments())
                .boxed()
                .sorted(Comparator.comparingInt(s::rotatedStart))
                .toList();
        ObjectNode fields = Json.object();
        ArrayNode angles = fields.putArray("angles");
        s.widths().forEach(w -> angles.add((double) w));
        fields.put("arrow_at", s.arrowAt());
        fields.put("effective_rotation", effectiveRotation(s));
        fields.put("direction", direction);
        fields.set("original_colors", Json.tree(s.colours()));
        ArrayNode original = fields.putArray("original_boundaries");
        IntStream.range(0, s.segments()).forEach(i -> original.add((double) s.start(i)));
        fields.set("original_prizes", Json.tree(s.prizes()));
        fields.set(
                "rotated_colors", Json.tree(order.stream().map(s.colours()::get).toList()));
        ArrayNode rotated = fields.putArray("rotated_boundaries");
        order.forEach(i -> rotated.add((double) s.rotatedStart(i)));
        fields.set(
                "rotated_prizes", Json.tree(order.stream().map(s.prizes()::get).toList()));
        return new Solution(answer, trace.lines(), fields);
    }

    private static String spans(WheelOfFortuneState s, boolean rotated) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < s.segments(); i++) {
            int start = rotated ? s.rotatedStart(i) : s.start(i) % 360;
            parts.add(s.prizes().get(i) + " " + span(start, s.widths().get(i)));
        }
        return String.join(", ", parts);
    }

    static String span(int start, int width) {
        return start + "-" + Math.floorMod(start + width, 360);
    }
}
