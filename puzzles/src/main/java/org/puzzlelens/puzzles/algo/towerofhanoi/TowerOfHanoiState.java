package org.puzzlelens.puzzles.algo.towerofhanoi;

import java.util.ArrayList;
import java.util.List;

/**
 * A starting and an ending arrangement of the same disks on three rods.
 *
 * @param start the disks on each rod, bottom to top; disk 1 is the smallest, as released
 * @param end the same for the ending configuration
 */
public record TowerOfHanoiState(List<List<Integer>> start, List<List<Integer>> end) {
    static final int RODS = 3;

    public TowerOfHanoiState {
        start = checked(start);
        end = checked(end);
        if (disks(start) != disks(end)) {
            throw new IllegalArgumentException("start and end hold different disks: " + start + " " + end);
        }
        if (start.equals(end)) {
            throw new IllegalArgumentException("start and end are the same: " + start);
        }
    }

    private static List<List<Integer>> checked(List<List<Integer>> rods) {
        if (rods.size() != RODS) {
            throw new IllegalArgumentException("there are " + RODS + " rods, not " + rods.size());
        }
        List<Integer> all = new ArrayList<>();
        for (List<Integer> rod : rods) {
            for (int i = 1; i < rod.size(); i++) {
                if (rod.get(i) >= rod.get(i - 1)) {
                    throw new IllegalArgumentException("a disk lies on a smaller one: " + rods);
                }
            }
            all.addAll(rod);
        }
        all.sort(null);
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) != i + 1) {
                throw new IllegalArgumentException("disks must be 1..n, each once: " + rods);
            }
        }
        if (all.isEmpty()) {
            throw new IllegalArgumentException("there must be at least one disk");
        }
        return rods.stream().map(List::copyOf).toList();
    }

    private static int disks(List<List<Integer>> rods) {
        return rods.stream().mapToInt(List::size).sum();
    }

    int disks() {
        return disks(start);
    }
}
