package org.puzzlelens.puzzles.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class OptionsTest {
    @Property
    void numericOptionsAreDistinctOfTheAnswersMagnitude(
            @ForAll @IntRange(min = 0, max = 400) int answer, @ForAll long seed) {
        var options = Options.numeric(answer, new SplittableRandom(seed));
        assertThat(options).hasSize(4).doesNotHaveDuplicates().contains(Integer.toString(answer));
        int hi = answer <= 6 ? 6 : answer <= 10 ? 10 : answer <= 50 ? 50 : answer <= 100 ? 100 : answer + answer / 2;
        options.forEach(o -> assertThat(Integer.parseInt(o)).isBetween(answer > 100 ? answer / 2 : 0, hi));
    }

    @Property(tries = 20)
    void theAnswerPositionIsUniform(@ForAll long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        int[] at = new int[4];
        for (int i = 0; i < 4000; i++) {
            at[Options.numeric(3, rng).indexOf("3")]++;
        }
        for (int n : at) {
            assertThat(n).isBetween(850, 1150); // about 7 standard deviations around 1000
        }
    }
}
