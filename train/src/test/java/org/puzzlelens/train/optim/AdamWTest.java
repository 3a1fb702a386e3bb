package org.puzzlelens.train.optim;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import org.junit.jupiter.api.Test;
import org.puzzlelens.train.model.Weights;

/** A finite loss with a non-finite gradient: the update is skipped and the parameter named. */
class AdamWTest {
    @Test
    void aNonFiniteGradientUnderAFiniteLossIsSkippedAndNamed() {
        try (NDManager manager = NDManager.newBaseManager();
                Weights w = new Weights(manager.newSubManager())) {
            w.put("a", manager.create(new float[] {1, 2}));
            w.put("b", manager.create(new float[] {0, 4}));
            w.requireGradients(true);
            try (AdamW adam = new AdamW(OptimizerSettings.of(0.1, 1, 0, 1), w)) {
                try (GradientCollector c = Engine.getInstance().newGradientCollector()) {
                    // sqrt's derivative at 0 is infinite: the loss (5) is finite, b's gradient is not
                    NDArray loss = w.get("a").sum().add(w.get("b").sqrt().sum());
                    assertThat(loss.getFloat()).isEqualTo(5f);
                    c.backward(loss);
                }
                assertThat(adam.update(w)).isInfinite();
                assertThat(adam.nonFiniteGradient()).contains("b");
                assertThat(adam.skipped()).isEqualTo(1);
                assertThat(adam.steps()).isZero();
                assertThat(w.get("a").toFloatArray()).containsExactly(1, 2);
                assertThat(w.get("b").toFloatArray()).containsExactly(0, 4);
            }
        }
    }
}
