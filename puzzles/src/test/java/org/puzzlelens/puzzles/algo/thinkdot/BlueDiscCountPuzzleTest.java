package org.puzzlelens.puzzles.algo.thinkdot;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.testing.LabVariantContract;

/** The lab variant reads the same image as {@code ThinkDotPuzzle}, so its pixels are read back the same way. */
class BlueDiscCountPuzzleTest extends LabVariantContract<ThinkDotState> {
    private static final BlueDiscCountPuzzle TYPE = new BlueDiscCountPuzzle();

    @Override
    protected LabVariant<ThinkDotState> type() {
        return TYPE;
    }

    @Override
    protected ThinkDotState readPixels(BufferedImage image, ThinkDotState question) {
        return new ThinkDotPuzzleTest().readPixels(image, question);
    }

    @Test
    void countsTheBlueFacesOfTheFacts() {
        for (int i = 0; i < 50; i++) {
            PuzzleInstance p = Instances.create(TYPE, SEED, i, Preset.ALGOPUZZLEVQA);
            long blue = p.facts().stream().filter(f -> f.value().equals("blue")).count();
            assertThat(p.answer()).isEqualTo(Long.toString(blue));
        }
    }
}
