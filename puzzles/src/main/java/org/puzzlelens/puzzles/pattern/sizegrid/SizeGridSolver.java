package org.puzzlelens.puzzles.pattern.sizegrid;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Size;
import org.puzzlelens.puzzles.pattern.sizegrid.SizeGridState.Role;

/** Corners share a size, edge cells share another, the centre has the third: the hidden circle takes its role's size. */
final class SizeGridSolver {
    static final String PATTERN =
            "the circles alternate in size depending on if they are at the corner or adjacent " + "to the center";

    private SizeGridSolver() {}

    static Solution solve(SizeGridState s) {
        Map<Role, Set<String>> seen = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            seen.put(role, new LinkedHashSet<>());
        }
        for (int r = 0; r < SizeGridState.SIZE; r++) {
            for (int c = 0; c < SizeGridState.SIZE; c++) {
                String cell = s.rows().get(r).get(c);
                if (!cell.equals(PyList.MISSING)) {
                    seen.get(Role.of(r, c)).add(cell);
                }
            }
        }
        Trace trace = new Trace();
        Map<Role, String> sizeOf = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            if (seen.get(role).size() > 1) {
                throw new IllegalArgumentException("the circles " + role.place + " differ: " + seen.get(role));
            }
            if (!seen.get(role).isEmpty()) {
                sizeOf.put(role, seen.get(role).iterator().next());
                trace.add("The visible circles %s are all %s.", role.place, sizeOf.get(role));
            }
        }
        int[] hidden = s.hidden();
        Role role = Role.of(hidden[0], hidden[1]);
        if (!sizeOf.containsKey(role)) {
            List<String> unused = new ArrayList<>(Size.WORDS);
            unused.removeAll(sizeOf.values());
            if (unused.size() != 1) {
                throw new IllegalArgumentException("the other roles do not leave one size: " + sizeOf);
            }
            sizeOf.put(role, unused.get(0));
            trace.add(
                    "Each kind of place has its own size, and %s is the size left for the circle %s.",
                    unused.get(0), role.place);
        }
        String answer = sizeOf.get(role);
        trace.add(
                        "The question mark is in row %d, column %d, which is %s, so its circle is %s.",
                        hidden[0] + 1, hidden[1] + 1, role.place, answer)
                .add("Answer: %s", answer);
        String explanation = "We observe that the circles at the corners are " + sizeOf.get(Role.CORNER)
                + " size, while the circles directly adjacent to the center are " + sizeOf.get(Role.EDGE)
                + " size. Only the center circle is " + sizeOf.get(Role.CENTRE) + " size. Hence, the pattern is that "
                + PATTERN + ".";
        String deduction = "Based on the pattern that " + PATTERN + ", the size of the missing part that is "
                + role.place + " should be " + answer + ".";
        return PatternAnswers.solution(answer, trace.lines(), SizeGridDescriber.caption(s), explanation, deduction);
    }
}
