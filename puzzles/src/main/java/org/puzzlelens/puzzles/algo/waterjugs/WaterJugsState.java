package org.puzzlelens.puzzles.algo.waterjugs;

import java.util.List;

/**
 * Jugs left to right with their capacities, the litres they hold at the start (shown in the image)
 * and the litres the question asks for at the end.
 */
public record WaterJugsState(List<Integer> capacities, List<Integer> start, List<Integer> end) {
    public WaterJugsState {
        capacities = List.copyOf(capacities);
        start = List.copyOf(start);
        end = List.copyOf(end);
        if (capacities.size() < 2) {
            throw new IllegalArgumentException("pouring needs at least two jugs");
        }
        if (start.size() != capacities.size() || end.size() != capacities.size()) {
            throw new IllegalArgumentException("start and end must give one amount per jug");
        }
        for (int i = 0; i < capacities.size(); i++) {
            int cap = capacities.get(i);
            if (cap < 1 || start.get(i) < 0 || start.get(i) > cap || end.get(i) < 0 || end.get(i) > cap) {
                throw new IllegalArgumentException("jug " + (i + 1) + " of capacity " + cap + " cannot hold "
                        + start.get(i) + " or " + end.get(i) + " litres");
            }
        }
        if (total(start) != total(end)) {
            throw new IllegalArgumentException(
                    "pouring keeps the water: start holds " + total(start) + " litres, end " + total(end));
        }
    }

    int jugs() {
        return capacities.size();
    }

    int totalWater() {
        return total(start);
    }

    static int total(List<Integer> amounts) {
        return amounts.stream().mapToInt(Integer::intValue).sum();
    }
}
