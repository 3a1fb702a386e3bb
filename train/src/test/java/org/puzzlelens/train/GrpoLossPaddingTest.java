package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoLoss;
import org.puzzlelens.train.grpo.GrpoSettings;

/**
 * Padding must not reach the loss: the log-probabilities at padded positions are arbitrary, and a
 * large difference there once overflowed exp() to infinity, which times a zero mask gave NaN (the
 * visual-fusion run of a study diverged at step 4 that way).
 */
class GrpoLossPaddingTest {
    @Test
    void hugeLogRatiosAtPaddedPositionsLeaveTheLossFiniteAndUnchanged() {
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray mask = m.create(new float[][] {{1, 1, 0}, {1, 0, 0}});
            NDArray now = m.create(new float[][] {{-1.0f, -2.0f, -5.0f}, {-0.5f, -3.0f, -7.0f}});
            NDArray oldSame = m.create(new float[][] {{-1.1f, -1.9f, -5.0f}, {-0.4f, -3.0f, -7.0f}});
            NDArray oldPaddingFar = m.create(new float[][] {{-1.1f, -1.9f, -400f}, {-0.4f, -300f, -500f}});
            NDArray ref = m.create(new float[][] {{-1.0f, -2.1f, 300f}, {-0.6f, 250f, -9.0f}});
            NDArray advantages = m.create(new float[] {1.0f, -1.0f});
            for (Aggregation how : Aggregation.values()) {
                GrpoSettings s = new GrpoSettings(2, 1, 1, 0.2, 0.28, 0.04, true, how, 0);
                double clean = GrpoLoss.of(now, oldSame, ref, advantages, mask, s, 3, GrpoLoss.Batch.of(mask))
                        .loss()
                        .toType(DataType.FLOAT64, false)
                        .getDouble();
                GrpoLoss far = GrpoLoss.of(now, oldPaddingFar, ref, advantages, mask, s, 3, GrpoLoss.Batch.of(mask));
                double farLoss = far.loss().toType(DataType.FLOAT64, false).getDouble();
                assertThat(farLoss).as(how.name()).isFinite().isCloseTo(clean, Offset.offset(1e-6));
                assertThat(far.kl()).as(how.name()).isFinite();
            }
        }
    }
}
