package org.puzzlelens.rewards.design;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;

class SufficiencyTest {
    private final RewardEngine engine = new RewardEngine(Designs.defaults());

    private static RewardTarget target(PuzzleInstance p, boolean withState) {
        return new RewardTarget(
                p.id(), p.type(), p.options(), p.answer(), p.answerIndex(), p.facts(), withState ? p.state() : null);
    }

    private double sufficiency(RewardTarget t, String description) {
        return engine.score(
                        "sufficiency",
                        t,
                        "<image_description>\n" + description
                                + "</image_description>\n<think>x</think>\n<answer>A</answer>")
                .components()
                .get("sufficiency");
    }

    @Test
    void theTrueFactsAreSufficientAndAWrongCountIsNot() {
        for (int i = 0; i < 20; i++) {
            PuzzleInstance p = Instances.create(Registry.get().type("kiwi_count_lab"), 3, i, Preset.ALGOPUZZLEVQA);
            RewardTarget t = target(p, true);
            assertThat(sufficiency(t, Facts.format(p.facts()))).as(p.id()).isEqualTo(1.0);
            // turning one fresh kiwi into an empty cell changes the count, so the description no longer solves it
            String wrong = Facts.format(p.facts()).replaceFirst("= fresh", "= empty");
            assertThat(sufficiency(t, wrong)).as(p.id()).isEqualTo(0.0);
        }
    }

    @Test
    void aFactThatDoesNotMatterMayBeWrongAndStillSuffice() {
        PuzzleInstance p = Instances.create(Registry.get().type("clock_quarter_lab"), 3, 0, Preset.ALGOPUZZLEVQA);
        int minute = Integer.parseInt(Facts.asMap(p.facts()).get("minute"));
        String description = Facts.format(p.facts()).replace("minute = " + minute, "minute = " + (minute + 1) % 60);
        assertThat(sufficiency(target(p, true), description)).isEqualTo(1.0);
    }

    @Test
    void withoutAStateOrADescriptionThereIsNothingToSolve() {
        PuzzleInstance p = Instances.create(Registry.get().type("clock"), 3, 0, Preset.ALGOPUZZLEVQA);
        assertThat(sufficiency(target(p, false), Facts.format(p.facts()))).isZero();
        assertThat(engine.score("sufficiency", target(p, true), "<think>x</think><answer>A</answer>")
                        .components()
                        .get("sufficiency"))
                .isZero();
    }
}
