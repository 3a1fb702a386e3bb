package org.puzzlelens.puzzles.algo.chainlink;

import java.util.ArrayList;
import java.util.List;

/**
 * Chain pieces and the machine times.
 *
 * @param openLinks single open links (each a segment of one open piece)
 * @param closedByLength closedByLength.get(k - 1) closed segments of k links, k = 1..5
 */
public record ChainLinkState(int openLinks, List<Integer> closedByLength, int cutMinutes, int weldMinutes) {
    static final int LONGEST = 5;

    public ChainLinkState {
        closedByLength = List.copyOf(closedByLength);
        if (closedByLength.size() != LONGEST
                || openLinks < 0
                || closedByLength.stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException(
                    "need non-negative counts of open links and of closed segments of 1.." + LONGEST + " links");
        }
        if (pieces(openLinks, closedByLength) < 2) {
            throw new IllegalArgumentException("a necklace needs at least two pieces");
        }
        if (cutMinutes < 1 || weldMinutes < 1) {
            throw new IllegalArgumentException("cut and weld times must be positive");
        }
    }

    /** The released {@code [open, n1, .., n5]} form. */
    List<Integer> counts() {
        List<Integer> out = new ArrayList<>();
        out.add(openLinks);
        out.addAll(closedByLength);
        return List.copyOf(out);
    }

    static ChainLinkState fromCounts(List<Integer> counts, int cutMinutes, int weldMinutes) {
        if (counts.size() != LONGEST + 1) {
            throw new IllegalArgumentException("need " + (LONGEST + 1) + " counts, found " + counts);
        }
        return new ChainLinkState(counts.get(0), counts.subList(1, counts.size()), cutMinutes, weldMinutes);
    }

    int closedSegments() {
        return closedByLength.stream().mapToInt(Integer::intValue).sum();
    }

    int segments() {
        return openLinks + closedSegments();
    }

    int pieces() {
        return pieces(openLinks, closedByLength);
    }

    private static int pieces(int openLinks, List<Integer> closedByLength) {
        int total = openLinks;
        for (int k = 1; k <= LONGEST; k++) {
            total += k * closedByLength.get(k - 1);
        }
        return total;
    }

    /** Segment lengths in the order the image lays them out: open links (as 0) first, then shortest first. */
    List<Integer> layout() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < openLinks; i++) {
            out.add(0);
        }
        for (int k = 1; k <= LONGEST; k++) {
            for (int i = 0; i < closedByLength.get(k - 1); i++) {
                out.add(k);
            }
        }
        return List.copyOf(out);
    }
}
