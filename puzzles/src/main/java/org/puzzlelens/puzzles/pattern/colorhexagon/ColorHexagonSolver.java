package org.puzzlelens.puzzles.pattern.colorhexagon;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/** Checks that the two complete opposite pairs match, then copies the colour opposite the missing part. */
final class ColorHexagonSolver {
    private ColorHexagonSolver() {}

    static Solution solve(ColorHexagonState s) {
        List<PatternColour> c = s.colours();
        Trace trace = new Trace();
        List<String> observed = new ArrayList<>();
        for (int i = 0; i < Hexagon.PARTS / 2; i++) {
            PatternColour a = c.get(i);
            PatternColour b = c.get(Hexagon.opposite(i));
            if (a == null || b == null) {
                continue;
            }
            if (a != b) {
                throw new IllegalArgumentException("opposite parts " + (i + 1) + " and " + (i + 4) + " differ");
            }
            trace.add(
                    "The %s part and the opposite %s part are both %s.",
                    Hexagon.place(i), Hexagon.place(Hexagon.opposite(i)), a.word());
            observed.add("a " + a.word() + " part is opposite another " + a.word() + " part");
        }
        trace.add("So opposite parts have the same colour.");
        int gap = s.gap();
        PatternColour answer = c.get(Hexagon.opposite(gap));
        trace.add(
                "The question mark is the %s part; opposite it, the %s part is %s.",
                Hexagon.place(gap), Hexagon.place(Hexagon.opposite(gap)), answer.word());
        trace.add("Answer: %s", answer.word());
        String explanation = "We observe that " + String.join(", and ", observed)
                + ". Thus, the pattern is that the colors in opposite parts are the same.";
        return PatternAnswers.solution(
                answer.word(),
                trace.lines(),
                Hexagon.colourCaption(c),
                explanation,
                "Based on the pattern that spatially opposite parts have the same color, the missing color of the "
                        + "part which is opposite a " + answer.word() + " part should be " + answer.word() + ".");
    }
}
