package org.puzzlelens.rewards.offline;

import org.puzzlelens.rewards.design.Reward;

/** Means of one design's rewards over completions. */
public final class Tally {
    private int count;
    private double total;
    private double normalised;

    void add(Reward r) {
        count++;
        total += r.total();
        normalised += r.normalised();
    }

    public int count() {
        return count;
    }

    public double meanTotal() {
        return count == 0 ? 0 : total / count;
    }

    public double meanNormalised() {
        return count == 0 ? 0 : normalised / count;
    }
}
