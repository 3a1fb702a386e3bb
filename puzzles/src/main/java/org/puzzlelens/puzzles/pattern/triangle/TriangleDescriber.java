package org.puzzlelens.puzzles.pattern.triangle;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The three groups in words and as facts {@code group 1 top = 4}. */
enum TriangleDescriber implements Describer<TriangleState> {
    INSTANCE;

    static final List<String> PLACES = List.of("top left", "bottom left", "right");
    static final List<String> SLOTS = List.of("top", "bottom", "right");
    private static final String GUIDE = """
            State every number, one fact per line, for groups 1 (top left), 2 (bottom left) and 3 (right):
            group <g> top = <number in the upper left circle, or ?>
            group <g> bottom = <number in the lower left circle, or ?>
            group <g> right = <number in the circle to the right, or ?>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(TriangleState s) {
        StringBuilder out = new StringBuilder("The image shows three groups of three light blue numbered circles. "
                + "In each group two circles are stacked on the left and a third sits to their right, the three "
                + "joined by lines into a triangle. One circle shows a question mark instead of a number.");
        for (int i = 0; i < TriangleState.GROUPS; i++) {
            List<Integer> g = s.groups().get(i);
            out.append(String.format(
                    " Group %d (%s): top %s, bottom %s, right %s.",
                    i + 1,
                    PLACES.get(i),
                    PatternDraw.text(g.get(0)),
                    PatternDraw.text(g.get(1)),
                    PatternDraw.text(g.get(2))));
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(TriangleState s) {
        List<Fact> out = new ArrayList<>();
        for (int i = 0; i < TriangleState.GROUPS; i++) {
            for (int slot = 0; slot < 3; slot++) {
                out.add(Fact.of(key(i, slot), PatternDraw.text(s.groups().get(i).get(slot))));
            }
        }
        return out;
    }

    private static String key(int group, int slot) {
        return "group " + (group + 1) + " " + SLOTS.get(slot);
    }

    @Override
    public Optional<TriangleState> fromFacts(TriangleState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        return PatternAnswers.fromFacts(
                () -> {
                    List<List<Integer>> groups = new ArrayList<>();
                    for (int i = 0; i < TriangleState.GROUPS; i++) {
                        List<Integer> g = new ArrayList<>();
                        for (int slot = 0; slot < 3; slot++) {
                            String v = map.get(key(i, slot));
                            if (v == null) {
                                return Optional.empty();
                            }
                            g.add(v.equals("?") ? null : Integer.valueOf(v));
                        }
                        groups.add(g);
                    }
                    return Optional.of(new TriangleState(groups));
                },
                TriangleSolver::solve);
    }

    private static final Pattern GROUPS = Pattern.compile(
            "first group is (\\[[^]]*]), the second group is (\\[[^]]*]),? and the third group is (\\[[^]]*])");

    static TriangleState fromCaption(String caption) {
        List<List<Integer>> groups = PatternAnswers.groups(GROUPS, caption, "three groups", PyList::numbers);
        return PatternAnswers.fromCaption(
                () -> new TriangleState(groups), TriangleSolver::solve, "a complete product pattern");
    }
}
