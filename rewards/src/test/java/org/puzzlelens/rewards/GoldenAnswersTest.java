package org.puzzlelens.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.puzzlelens.puzzles.testing.GoldenAnswers;
import org.puzzlelens.rewards.design.Designs;

/** The reward engine reads the golden table's completions as the chat package does, and grades them alike. */
class GoldenAnswersTest {
    private static final RewardEngine ENGINE = new RewardEngine(Designs.defaults());

    static List<GoldenAnswers.Row> golden() {
        return GoldenAnswers.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void readsTheGoldenTable(GoldenAnswers.Row row) {
        RewardTarget target = new RewardTarget(
                "golden", row.type(), row.options(), row.options().get(row.goldIndex()), row.goldIndex(), List.of());
        Evidence evidence = ENGINE.read(target, row.completion());
        assertThat(evidence.answer().option()).isEqualTo(row.expected());
        assertThat(evidence.answer().rule()).isEqualTo(row.rule());
        assertThat(evidence.correct()).isEqualTo(row.expected() >= 0);
        assertThat(ENGINE.score("only-accuracy", target, row.completion()).total())
                .isEqualTo(row.expected() >= 0 ? 1.0 : 0.0);
    }
}
