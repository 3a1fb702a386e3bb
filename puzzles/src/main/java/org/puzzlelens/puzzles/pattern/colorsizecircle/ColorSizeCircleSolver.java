package org.puzzlelens.puzzles.pattern.colorsizecircle;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;

/** Finds the even step in shade from circle to circle and continues it to the hidden circle. */
final class ColorSizeCircleSolver {
    private ColorSizeCircleSolver() {}

    /** @throws IllegalArgumentException when the visible shades do not step evenly by one shade */
    static Solution solve(ColorSizeCircleState s) {
        List<Integer> levels = s.levels();
        int hidden = s.hidden();
        List<Integer> visible = new ArrayList<>();
        Trace trace = new Trace();
        for (int ring = 0; ring < levels.size(); ring++) {
            if (ring != hidden) {
                visible.add(ring);
                trace.add(
                        "The %s circle is %s shade %d of 4 (1 lightest).",
                        ColorSizeCircleState.SIZES.get(ring), s.hue(), levels.get(ring) + 1);
            }
        }
        int first = visible.get(0);
        int step = levels.get(visible.get(1)) - levels.get(first);
        step /= visible.get(1) - first;
        for (int ring : visible) {
            if (Math.abs(step) != 1 || levels.get(ring) != levels.get(first) + step * (ring - first)) {
                throw new IllegalArgumentException("the shades do not step evenly from circle to circle: " + levels);
            }
        }
        boolean darkerOutside = step < 0;
        int level = levels.get(first) + step * (hidden - first);
        if (level < 0 || level > 3) {
            throw new IllegalArgumentException("the progression leaves the four shades at the hidden circle");
        }
        String answer = ShadeNames.name(level, darkerOutside) + " " + s.hue();
        String smaller = darkerOutside ? "lighter" : "darker";
        trace.add("Going inwards each circle is one shade %s than the one around it.", smaller)
                .add(
                        "The hidden %s circle is therefore shade %d of 4: %s.",
                        ColorSizeCircleState.SIZES.get(hidden), level + 1, answer)
                .add("Answer: %s", answer);

        boolean smallestHidden = hidden == levels.size() - 1;
        int end = smallestHidden ? 0 : levels.size() - 1;
        int near = smallestHidden ? 1 : levels.size() - 2;
        int far = smallestHidden ? levels.size() - 2 : 1;
        String pattern = smallestHidden
                ? "the circles become " + smaller + " as they become smaller"
                : "the circles become " + (darkerOutside ? "darker" : "lighter") + " as they become larger";
        var top = Json.object();
        top.put("caption", ColorSizeCircleDescriber.caption(s));
        top.put(
                "explanation",
                "We observe that the " + (smallestHidden ? "largest" : "smallest") + " circle is "
                        + named(s, end, darkerOutside) + " color, and the " + (smallestHidden ? "smaller" : "larger")
                        + " circles change color from " + named(s, near, darkerOutside) + " to "
                        + named(s, far, darkerOutside)
                        + ". Hence, the pattern is that " + pattern + ".");
        top.put(
                "deduction",
                "Based on the pattern that " + pattern + ", the missing color of the "
                        + (smallestHidden ? "smallest" : "largest") + " circle denoted with a question mark should be "
                        + answer
                        + ".");
        return new Solution(answer, trace.lines(), Json.object(), top);
    }

    private static String named(ColorSizeCircleState s, int ring, boolean darkerOutside) {
        return ShadeNames.name(s.levels().get(ring), darkerOutside) + " " + s.hue();
    }
}
