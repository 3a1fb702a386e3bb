package org.puzzlelens.train.grpo;

/** Group-relative advantages: each completion's reward against the others sampled for the same prompt. */
public final class Advantages {
    private static final double EPS = 1e-4;

    private Advantages() {}

    /**
     * @param rewards groups of {@code groupSize} consecutive completions
     * @param scaleByStd GRPO divides by the group's standard deviation; Dr. GRPO does not (it only centres)
     * @return one advantage per completion; a group whose rewards are all equal gets zeros
     */
    public static double[] of(double[] rewards, int groupSize, boolean scaleByStd) {
        if (groupSize <= 0 || rewards.length % groupSize != 0) {
            throw new IllegalArgumentException(rewards.length + " rewards do not split into groups of " + groupSize);
        }
        double[] out = new double[rewards.length];
        for (int start = 0; start < rewards.length; start += groupSize) {
            double mean = 0;
            for (int i = start; i < start + groupSize; i++) {
                mean += rewards[i] / groupSize;
            }
            double squares = 0;
            for (int i = start; i < start + groupSize; i++) {
                squares += (rewards[i] - mean) * (rewards[i] - mean);
            }
            // sample standard deviation, as GRPO implementations use; one completion has no spread
            double std = groupSize > 1 ? Math.sqrt(squares / (groupSize - 1)) : 0;
            for (int i = start; i < start + groupSize; i++) {
                double centred = rewards[i] - mean;
                boolean flat = Math.abs(centred) < 1e-12; // all equal: exactly zero, even after rounding
                out[i] = flat ? 0 : scaleByStd ? centred / (std + EPS) : centred;
            }
        }
        return out;
    }
}
