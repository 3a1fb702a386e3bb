package org.puzzlelens.puzzles.algo.towerofhanoi;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.puzzlelens.puzzles.search.BreadthFirstSearch;

/**
 * The graph of legal arrangements of n disks on three rods. An arrangement is coded as the number
 * whose base-3 digit d (from the least significant) is the rod of disk d + 1, so all 3^n of them fit
 * in an array.
 */
final class HanoiGraph {
    private HanoiGraph() {}

    static int code(List<List<Integer>> rods) {
        int code = 0;
        for (int rod = 0; rod < rods.size(); rod++) {
            for (int disk : rods.get(rod)) {
                code += rod * power(disk - 1);
            }
        }
        return code;
    }

    static List<List<Integer>> rods(int code, int disks) {
        List<List<Integer>> rods = new ArrayList<>();
        for (int rod = 0; rod < TowerOfHanoiState.RODS; rod++) {
            rods.add(new ArrayList<>());
        }
        for (int disk = disks; disk >= 1; disk--) {
            rods.get(rodOf(code, disk)).add(disk);
        }
        return rods.stream().map(List::copyOf).toList();
    }

    static int rodOf(int code, int disk) {
        return code / power(disk - 1) % 3;
    }

    /** Arrangements one move away: the top (smallest) disk of a rod onto an empty rod or a larger top disk. */
    static List<Integer> neighbours(int code, int disks) {
        int[] top = new int[TowerOfHanoiState.RODS];
        Arrays.fill(top, Integer.MAX_VALUE);
        for (int disk = disks; disk >= 1; disk--) {
            top[rodOf(code, disk)] = disk;
        }
        List<Integer> out = new ArrayList<>();
        for (int from = 0; from < top.length; from++) {
            for (int to = 0; to < top.length; to++) {
                if (top[from] != Integer.MAX_VALUE && top[from] < top[to]) {
                    out.add(code + (to - from) * power(top[from] - 1));
                }
            }
        }
        return out;
    }

    /** Breadth-first search from {@code from} over all 3^disks arrangements. */
    static Search search(int from, int disks) {
        return new Search(
                BreadthFirstSearch.overStates(
                        List.of(from), code -> neighbours(code, disks), code -> false, BreadthFirstSearch.UNBOUNDED),
                power(disks));
    }

    record Search(BreadthFirstSearch<Integer, Integer> arrangements, int size) {
        /** Each arrangement's least number of moves from the search's origin, indexed by code. */
        int[] distance() {
            return IntStream.range(0, size)
                    .map(code -> arrangements.depth(code).orElse(-1))
                    .toArray();
        }

        /** The arrangements from the search's origin to {@code to}, both included. */
        List<Integer> pathTo(int to) {
            return arrangements.pathTo(to);
        }
    }

    private static int power(int exponent) {
        int p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 3;
        }
        return p;
    }
}
