package org.puzzlelens.train.optim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The learning-rate schedule against values worked out by hand. */
class OptimizerSettingsTest {
    private static final OptimizerSettings PEAK = OptimizerSettings.of(1e-3, 10, 0.01, 1.0);

    @Test
    void warmUpRisesLinearlyThenTheRateStaysAtItsPeakWithoutDecay() {
        assertThat(PEAK.learningRate(0)).isCloseTo(1e-4, within(1e-12));
        assertThat(PEAK.learningRate(4)).isCloseTo(5e-4, within(1e-12));
        assertThat(PEAK.learningRate(9)).isCloseTo(1e-3, within(1e-12));
        assertThat(PEAK.learningRate(5_000)).isEqualTo(1e-3);
    }

    @Test
    void cosineDecayRunsFromThePeakAfterWarmUpToATenthAtItsLastStepAndStaysThere() {
        OptimizerSettings decaying = PEAK.withCosineDecay(110);
        assertThat(decaying.learningRate(4)).isEqualTo(PEAK.learningRate(4));
        assertThat(decaying.learningRate(10)).isCloseTo(1e-3, within(1e-12));
        // halfway through the decay the cosine is at 0: the mean of the peak and the floor
        assertThat(decaying.learningRate(60)).isCloseTo(0.55e-3, within(1e-12));
        assertThat(decaying.learningRate(110)).isCloseTo(1e-4, within(1e-12));
        assertThat(decaying.learningRate(500)).isCloseTo(1e-4, within(1e-12));
    }

    @Test
    void withoutWarmUpTheFirstUpdateAlreadyUsesThePeak() {
        assertThat(OptimizerSettings.of(0.1, 0, 0, 1).learningRate(0)).isEqualTo(0.1);
    }
}
