package org.puzzlelens.puzzles.pattern.shapemorph;

import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;

/** The shapes morph step by step from one corner to the other: the hidden corner is where the morph ends. */
final class ShapeMorphSolver {
    private ShapeMorphSolver() {}

    static Solution solve(ShapeMorphState s) {
        String from = s.visible().words();
        String to = s.hidden().words();
        String answer = s.towards().word();
        Trace trace = new Trace()
                .add(
                        "The %s shape is a regular %s; the %s corner shows a question mark.",
                        from, s.corner().word(), to)
                .add("Going from the %s towards the %s, each diagonal step changes the shape a little more.", from, to)
                .add(
                        "One step from the %s the shapes are still mostly %s; three steps away they look almost like a %s.",
                        from, s.corner().plural(), answer)
                .add("The morph ends at the %s corner, so the shape there is a regular %s.", to, answer)
                .add("Answer: %s", answer);
        String pattern = "the shapes are morphing between " + s.corner().word() + " and " + answer + " shapes";
        String explanation = "We observe that from the " + from + " to " + to + " direction, the shapes look like a "
                + s.corner().word() + " but gradually change shape into something like a " + answer + ". Hence, the "
                + "pattern is that " + pattern + ".";
        String deduction = "Based on the pattern that " + pattern + ", the missing shape at the " + to + " should be a "
                + answer + ".";
        return PatternAnswers.solution(answer, trace.lines(), ShapeMorphDescriber.caption(s), explanation, deduction);
    }
}
