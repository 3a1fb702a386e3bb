package org.puzzlelens.puzzles.core;

/**
 * A transcription graded against the true facts: each true fact is right, wrong or missing; a
 * claimed fact whose key the puzzle does not have is extra (a hallucination).
 */
public record FactScore(int total, int correct, int wrong, int missing, int extra) {
    /** Share of stated facts that are right; 0 when nothing was stated. */
    public double precision() {
        int stated = correct + wrong + extra;
        return stated == 0 ? 0 : (double) correct / stated;
    }

    /** Share of true facts stated correctly. */
    public double recall() {
        return total == 0 ? 1 : (double) correct / total;
    }

    public boolean exact() {
        return correct == total && wrong == 0 && extra == 0;
    }

    public FactScore plus(FactScore o) {
        return new FactScore(
                total + o.total, correct + o.correct, wrong + o.wrong, missing + o.missing, extra + o.extra);
    }
}
