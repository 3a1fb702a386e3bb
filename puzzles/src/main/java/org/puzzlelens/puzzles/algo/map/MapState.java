package org.puzzlelens.puzzles.algo.map;

import java.util.List;

/**
 * A map of numbered regions: regions 1..k coloured (a proper colouring among themselves), regions
 * k+1..n white, as the released question words it.
 */
public record MapState(List<Region> regions) {
    public MapState {
        regions = List.copyOf(regions);
        int n = regions.size();
        int known = (int)
                regions.stream().filter(r -> r.colour() != MapColour.WHITE).count();
        if (known < 2 || n - known < 2) {
            throw new IllegalArgumentException("a map needs at least two coloured and two white regions");
        }
        for (int i = 0; i < n; i++) {
            Region r = regions.get(i);
            if ((r.colour() == MapColour.WHITE) != (i >= known)) {
                throw new IllegalArgumentException(
                        "the white regions must be the last ones, " + (known + 1) + ".." + n);
            }
            for (int j : r.neighbours()) {
                if (j < 1
                        || j > n
                        || j == i + 1
                        || !regions.get(j - 1).neighbours().contains(i + 1)) {
                    throw new IllegalArgumentException("region " + (i + 1) + " has a bad or one-sided neighbour " + j);
                }
                if (i < known && j <= known && regions.get(j - 1).colour() == r.colour()) {
                    throw new IllegalArgumentException("neighbours " + (i + 1) + " and " + j + " share a colour");
                }
            }
        }
    }

    int known() {
        return (int) regions.stream().filter(r -> r.colour() != MapColour.WHITE).count();
    }

    Region region(int number) {
        return regions.get(number - 1);
    }
}
