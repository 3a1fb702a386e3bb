package org.puzzlelens.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.design.Reward;

/** Rewards are pure: any text, scored twice by two engines, gives the same values, within bounds. */
class DeterminismTest {
    @Property(tries = 300)
    void theSameCompletionAndRecordGiveTheSameRewards(
            @ForAll("completions") String completion, @ForAll @IntRange(min = 0, max = 5) int index) {
        RewardTarget target = Fixtures.target(index);
        RewardEngine a = new RewardEngine(Designs.defaults());
        RewardEngine b = new RewardEngine(Designs.defaults());
        Map<String, Reward> first = a.scoreAll(a.read(target, completion));
        assertThat(b.scoreAll(b.read(target, completion))).isEqualTo(first);
        first.values().forEach(r -> {
            assertThat(r.total()).isBetween(0.0, r.maximum());
            r.components().values().forEach(v -> assertThat(v).isBetween(0.0, 1.0));
        });
    }

    @Provide
    Arbitrary<String> completions() {
        Arbitrary<String> pieces = Arbitraries.of(
                "<think>",
                "</think>",
                "<answer>",
                "</answer>",
                "<image_description>",
                "</image_description>",
                "<image description>",
                "hour = 3",
                "minute = 45",
                "\n",
                " ",
                "(A)",
                "B",
                "7:45",
                "wait",
                "the answer is",
                "12",
                "r1c1 = wall");
        return Arbitraries.oneOf(
                pieces.list().ofMaxSize(20).map(l -> String.join("", l)),
                Arbitraries.strings().ofMaxLength(200));
    }
}
