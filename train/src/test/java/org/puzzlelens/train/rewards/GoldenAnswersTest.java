package org.puzzlelens.train.rewards;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.testing.GoldenAnswers;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.train.grpo.BuiltinRewards;

/**
 * GRPO's accuracy, under the trainer's own designs and under the reward library's, credits exactly
 * the golden table's completions that name the gold option (the table's expected option is gold
 * here), so training rewards what the evaluation credits.
 */
class GoldenAnswersTest {
    private static final LibraryReward ONLY_ACCURACY =
            new LibraryReward(new RewardEngine(Designs.defaults()), "only-accuracy");

    static List<GoldenAnswers.Row> golden() {
        return GoldenAnswers.rows();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("golden")
    void creditsTheGoldenTable(GoldenAnswers.Row row) {
        PuzzleInstance puzzle = puzzle(row);
        double credited = row.expected() >= 0 ? 1 : 0;
        assertThat(BuiltinRewards.accuracy(puzzle, row.completion())).isEqualTo(credited);
        assertThat(ONLY_ACCURACY.score(puzzle, row.completion()).components()).containsEntry("accuracy", credited);
    }

    private static PuzzleInstance puzzle(GoldenAnswers.Row row) {
        return new PuzzleInstance(
                "golden-" + row.line(),
                row.type(),
                0,
                row.line(),
                Preset.ALGOPUZZLEVQA,
                new Parameters(Map.of()),
                null,
                "Which option?",
                row.options(),
                row.options().get(row.goldIndex()),
                null,
                null,
                List.of(),
                "",
                List.of());
    }
}
