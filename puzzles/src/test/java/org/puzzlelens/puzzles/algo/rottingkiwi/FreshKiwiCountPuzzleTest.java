package org.puzzlelens.puzzles.algo.rottingkiwi;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.testing.LabVariantContract;

/** The lab variant reads the same image as {@code RottingKiwiPuzzle}, so its pixels are read back the same way. */
class FreshKiwiCountPuzzleTest extends LabVariantContract<RottingKiwiState> {
    private static final FreshKiwiCountPuzzle TYPE = new FreshKiwiCountPuzzle();

    @Override
    protected LabVariant<RottingKiwiState> type() {
        return TYPE;
    }

    @Override
    protected RottingKiwiState readPixels(BufferedImage image, RottingKiwiState question) {
        return new RottingKiwiPuzzleTest().readPixels(image, question);
    }

    @Test
    void countsTheFreshKiwisOfTheFacts() {
        for (int i = 0; i < 50; i++) {
            PuzzleInstance p = Instances.create(TYPE, SEED, i, Preset.ALGOPUZZLEVQA);
            long fresh =
                    p.facts().stream().filter(f -> f.value().equals("fresh")).count();
            assertThat(p.answer()).isEqualTo(Long.toString(fresh));
        }
    }
}
