package org.puzzlelens.rewards.design;

/**
 * The targets and penalties of the components that have them; the config file's {@code parameters}.
 *
 * @param visualMinReferences k of visual-fusion: distinct visual terms the reasoning must use
 * @param reasoningTargetChars the reasoning length that earns the full length reward
 * @param perceptionWrongPenalty what each wrongly stated fact costs, in facts
 * @param perceptionExtraPenalty what each stated key the puzzle lacks costs, in facts
 */
record RewardParameters(
        int visualMinReferences,
        int reasoningTargetChars,
        double perceptionWrongPenalty,
        double perceptionExtraPenalty) {
    public static final RewardParameters DEFAULTS = new RewardParameters(2, 1000, 0.5, 0.25);
}
