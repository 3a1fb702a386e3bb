package org.puzzlelens.puzzles.pattern.coloroverlapsquares;

import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * Confirms on the visible neighbours that an overlap is the mix of its two squares, then finds the
 * primary that mixes with the hidden square's neighbour to its overlap colour.
 */
final class ColorOverlapSquaresSolver {
    static final String RULE = "the color of the part where two squares overlap is determined by mixing the two colors";
    static final List<String> ORDINALS = List.of("first", "second", "third", "fourth");

    private ColorOverlapSquaresSolver() {}

    /** @throws IllegalArgumentException when the overlaps do not follow colour mixing */
    static Solution solve(ColorOverlapSquaresState s) {
        List<String> sq = s.squares();
        int k = s.missing();
        Trace trace = new Trace();
        String witness = null;
        for (int i = 0; i + 1 < sq.size(); i++) {
            if (i == k || i + 1 == k) {
                continue;
            }
            Optional<String> mixed = PatternColour.mix(sq.get(i), sq.get(i + 1));
            trace.add(
                    "Squares %d and %d are %s and %s; where they overlap the colour is %s.",
                    i + 1, i + 2, sq.get(i), sq.get(i + 1), s.overlaps().get(i));
            if (mixed.isEmpty() || !mixed.get().equals(s.overlaps().get(i))) {
                throw new IllegalArgumentException(
                        "the overlap of squares " + (i + 1) + " and " + (i + 2) + " is not the mix of their colours");
            }
            witness = "the " + sq.get(i) + " and " + sq.get(i + 1) + " squares overlap to form "
                    + s.overlaps().get(i);
        }
        if (witness != null) {
            trace.add("So an overlap has the colour of the two squares mixed as paint.");
        }
        String answer = null;
        String partner = null;
        String formed = null;
        for (int j : new int[] {k - 1, k + 1}) {
            if (j < 0 || j >= sq.size()) {
                continue;
            }
            String overlap = s.overlaps().get(Math.min(j, k));
            String found = primaryMixingTo(sq.get(j), overlap);
            trace.add(
                    "The hidden square %d overlaps square %d (%s) in %s; %s + %s = %s.",
                    k + 1, j + 1, sq.get(j), overlap, sq.get(j), found, overlap);
            if (answer != null && !answer.equals(found)) {
                throw new IllegalArgumentException("the two overlaps of the hidden square disagree");
            }
            answer = found;
            partner = sq.get(j);
            formed = overlap;
        }
        trace.add("Answer: %s", answer);

        var top = Json.object();
        top.put("caption", ColorOverlapSquaresDescriber.caption(s));
        top.put(
                "explanation",
                "We observe that "
                        + (witness != null
                                ? witness + ". Hence, the pattern is that "
                                : "primary colors mix as paint. Hence, the pattern is that ")
                        + RULE + ".");
        top.put(
                "deduction",
                "Based on the pattern that " + RULE + ", the missing color of the part which overlaps with " + partner
                        + " to form " + formed + " should be " + answer + ".");
        return new Solution(answer, trace.lines(), Json.object(), top);
    }

    private static String primaryMixingTo(String neighbour, String overlap) {
        for (String p : PatternColour.PRIMARIES) {
            if (PatternColour.mix(p, neighbour).filter(overlap::equals).isPresent()) {
                return p;
            }
        }
        throw new IllegalArgumentException("no primary mixes with " + neighbour + " to " + overlap);
    }
}
