package org.puzzlelens.puzzles.pattern.sizecycle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Words;

/** The spiral in words (the released caption states every arm in full) and as one fact per circle. */
enum SizeCycleDescriber implements Describer<SizeCycleState> {
    INSTANCE;

    private static final String GUIDE = """
            State the size of every circle, arm by arm, one fact per line. Arms are numbered clockwise, starting
            from the arm whose innermost circle comes first clockwise from the 3 o'clock direction; circles are
            numbered from the centre outward:
            arm <a> circle <c> = <small|medium|large, or ? for the question mark>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    static String caption(SizeCycleState s) {
        List<String> clauses = new ArrayList<>();
        for (int a = 0; a < s.arms().size(); a++) {
            clauses.add((a == 0 ? "The " : "the ") + Words.ordinal(a) + " arm has circles of sizes "
                    + PyList.format(s.arms().get(a)));
        }
        return "There are circles arranged in a spiral with "
                + Words.number(s.arms().size()) + " arms. " + Words.clauses(clauses) + ".";
    }

    @Override
    public String describe(SizeCycleState s) {
        return caption(s) + " Each arm is listed from its circle closest to the center to the farthest one, and the "
                + "arms are numbered clockwise, the first one starting " + s.turn() + " degrees clockwise from the "
                + "3 o'clock direction. The question mark stands where the missing circle would be.";
    }

    @Override
    public List<Fact> facts(SizeCycleState s) {
        List<Fact> facts = new ArrayList<>();
        for (int a = 0; a < s.arms().size(); a++) {
            for (int c = 0; c < SizeCycleState.PER_ARM; c++) {
                facts.add(Fact.of(key(a, c), s.arms().get(a).get(c)));
            }
        }
        return facts;
    }

    private static String key(int arm, int circle) {
        return "arm " + (arm + 1) + " circle " + (circle + 1);
    }

    @Override
    public Optional<SizeCycleState> fromFacts(SizeCycleState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<List<String>> arms = new ArrayList<>();
        for (int a = 0; a < question.arms().size(); a++) {
            List<String> arm = new ArrayList<>();
            for (int c = 0; c < SizeCycleState.PER_ARM; c++) {
                arm.add(map.getOrDefault(key(a, c), ""));
            }
            arms.add(arm);
        }
        try {
            return Optional.of(new SizeCycleState(arms, question.turn()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Every released caption lists all arms in full; it does not say how the spiral is turned, which only looks. */
    static SizeCycleState fromCaption(String caption) {
        List<List<String>> arms = PyList.all(caption);
        return PatternAnswers.fromCaption(() -> new SizeCycleState(arms, 0), "the arms");
    }
}
