package org.puzzlelens.puzzles.pattern.sizecycle;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.Size;

/** All arms follow one sequence of sizes; the hidden circle takes its place's size in the other arms. */
final class SizeCycleSolver {
    static final String PATTERN =
            "the circles in each arm get bigger as they progress away from the center of the spiral";

    private SizeCycleSolver() {}

    static Solution solve(SizeCycleState s) {
        int arm = s.missingArm();
        int position = s.missingPosition();
        Trace trace = new Trace();
        for (int a = 0; a < s.arms().size(); a++) {
            trace.add(
                    "Arm %d, from the centre outward: %s.",
                    a + 1, String.join(", ", s.arms().get(a)));
        }
        Set<String> atPlace = new LinkedHashSet<>();
        List<String> complete = new ArrayList<>();
        for (int a = 0; a < s.arms().size(); a++) {
            if (a != arm) {
                atPlace.add(s.arms().get(a).get(position));
                complete.add(Integer.toString(a + 1));
            }
        }
        if (atPlace.size() != 1) {
            throw new IllegalArgumentException(
                    "the complete arms disagree at place " + (position + 1) + ": " + atPlace);
        }
        String answer = atPlace.iterator().next();
        trace.add(
                        "The complete arms (%s) all have the same sequence, so every arm follows it.",
                        String.join(", ", complete))
                .add(
                        "The question mark is circle %d of arm %d (%s), where the other arms have a %s circle.",
                        position + 1, arm + 1, place(position), answer)
                .add("Answer: %s", answer);
        String explanation = "We observe that the circles in each arm progress in size from "
                + String.join(" to ", Size.WORDS) + ". Thus, the pattern is that " + PATTERN + ".";
        String deduction = "Based on the pattern that " + PATTERN + ", the size of the missing part that is "
                + place(position) + " should be " + answer + ".";
        return PatternAnswers.solution(answer, trace.lines(), SizeCycleDescriber.caption(s), explanation, deduction);
    }

    static String place(int position) {
        return switch (position) {
            case 0 -> "closest to center";
            case SizeCycleState.PER_ARM - 1 -> "farthest from center";
            default -> "neither closest nor farthest from center";
        };
    }
}
