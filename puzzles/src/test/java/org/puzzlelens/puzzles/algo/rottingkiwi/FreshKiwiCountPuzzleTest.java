package org.puzzlelens.puzzles.algo.rottingkiwi;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Suite;
import org.puzzlelens.puzzles.testing.PuzzleTypeContract;

/** The lab variant reads the same image as {@code RottingKiwiPuzzle}, so its pixels are read back the same way. */
class FreshKiwiCountPuzzleTest extends PuzzleTypeContract<RottingKiwiState> {
    private static final FreshKiwiCountPuzzle TYPE = new FreshKiwiCountPuzzle();

    @Override
    protected PuzzleType<RottingKiwiState> type() {
        return TYPE;
    }

    @Override
    protected RottingKiwiState readPixels(BufferedImage image, RottingKiwiState question) {
        return new RottingKiwiPuzzleTest().readPixels(image, question);
    }

    @Override
    protected RottingKiwiState parseDescription(String description, RottingKiwiState question) {
        return TYPE.fromFacts(question, Facts.parse(description)).orElseThrow();
    }

    @Test
    void isALabVariantWithUniformAnswersAmongFixedOptions() {
        assertThat(TYPE.info().suite()).isEqualTo(Suite.LAB);
        int[] counts = new int[4];
        for (int i = 0; i < 400; i++) {
            PuzzleInstance p = Instances.create(TYPE, SEED, i, Preset.ALGOPUZZLEVQA);
            assertThat(p.options()).isEqualTo(TYPE.fixedOptions());
            counts[p.answerIndex()]++;
        }
        for (int c : counts) {
            assertThat(c).as(Arrays.toString(counts)).isBetween(60, 140);
        }
    }

    @Test
    void countsTheFreshKiwisOfTheFacts() {
        for (int i = 0; i < 50; i++) {
            PuzzleInstance p = Instances.create(TYPE, SEED, i, Preset.ALGOPUZZLEVQA);
            long fresh = p.facts().stream().filter(f -> f.value().equals("fresh")).count();
            assertThat(p.answer()).isEqualTo(Long.toString(fresh));
        }
    }
}
