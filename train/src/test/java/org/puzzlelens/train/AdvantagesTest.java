package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.puzzlelens.train.grpo.Advantages;

class AdvantagesTest {
    @Test
    void aGroupWithEqualRewardsGetsZeroAdvantageNeverNaN() {
        double[] rewards = {0.1, 0.1, 0.1, 0.1, 1, 1, 1, 1};
        for (boolean scaled : new boolean[] {true, false}) {
            double[] a = Advantages.of(rewards, 4, scaled);
            assertThat(a).containsOnly(0.0);
        }
    }

    @Test
    void grpoNormalisesByTheGroupAndDrGrpoOnlyCentres() {
        double[] rewards = {1, 0, 0, 0, 2, 2, 0, 0};
        double[] grpo = Advantages.of(rewards, 4, true);
        double[] dr = Advantages.of(rewards, 4, false);
        assertThat(dr).containsExactly(0.75, -0.25, -0.25, -0.25, 1, 1, -1, -1);
        double std = Math.sqrt((0.75 * 0.75 + 3 * 0.25 * 0.25) / 3); // sample standard deviation
        assertThat(grpo[0]).isCloseTo(0.75 / std, offset(1e-3));
        assertThat(grpo[4]).isCloseTo(1 / Math.sqrt(4.0 / 3), offset(1e-3));
        double sum = 0;
        for (double x : grpo) {
            sum += x;
        }
        assertThat(sum).isCloseTo(0, offset(1e-9));
    }

    @Test
    void rejectsRewardsThatDoNotFormGroups() {
        assertThatThrownBy(() -> Advantages.of(new double[] {1, 2, 3}, 2, true)).hasMessageContaining("groups of 2");
    }
}
