package org.puzzlelens.puzzles.pattern.triangle;

import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.pattern.common.Gaps;

/**
 * Three groups of three numbers, each written {@code [top, bottom, right]} as the captions do; in a
 * complete group the right number is the product of the other two. Exactly one number is unknown
 * (null), shown as {@code ?}.
 */
public record TriangleState(List<List<Integer>> groups) {
    static final int GROUPS = 3;
    static final int TOP = 0;
    static final int BOTTOM = 1;
    static final int RIGHT = 2;

    public TriangleState {
        if (groups.size() != GROUPS || groups.stream().anyMatch(g -> g.size() != 3)) {
            throw new IllegalArgumentException("three groups of three numbers needed: " + groups);
        }
        List<Integer> flat = new ArrayList<>();
        groups.forEach(flat::addAll);
        Gaps.withOneGap(flat);
        if (flat.stream().anyMatch(v -> v != null && v < 1)) {
            throw new IllegalArgumentException("numbers must be positive: " + groups);
        }
        groups = groups.stream()
                .map(g -> Gaps.hasGap(g) ? Gaps.withOneGap(g) : List.copyOf(g))
                .toList();
    }

    int gapGroup() {
        for (int i = 0; i < GROUPS; i++) {
            if (Gaps.hasGap(groups.get(i))) {
                return i;
            }
        }
        throw new IllegalStateException("no unknown number");
    }

    int gapSlot() {
        return Gaps.gap(groups.get(gapGroup()));
    }
}
