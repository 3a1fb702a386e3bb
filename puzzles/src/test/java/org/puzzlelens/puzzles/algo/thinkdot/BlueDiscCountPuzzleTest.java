package org.puzzlelens.puzzles.algo.thinkdot;

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

/** The lab variant reads the same image as {@code ThinkDotPuzzle}, so its pixels are read back the same way. */
class BlueDiscCountPuzzleTest extends PuzzleTypeContract<ThinkDotState> {
    private static final BlueDiscCountPuzzle TYPE = new BlueDiscCountPuzzle();

    @Override
    protected PuzzleType<ThinkDotState> type() {
        return TYPE;
    }

    @Override
    protected ThinkDotState readPixels(BufferedImage image, ThinkDotState question) {
        return new ThinkDotPuzzleTest().readPixels(image, question);
    }

    @Override
    protected ThinkDotState parseDescription(String description, ThinkDotState question) {
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
    void countsTheBlueFacesOfTheFacts() {
        for (int i = 0; i < 50; i++) {
            PuzzleInstance p = Instances.create(TYPE, SEED, i, Preset.ALGOPUZZLEVQA);
            long blue = p.facts().stream().filter(f -> f.value().equals("blue")).count();
            assertThat(p.answer()).isEqualTo(Long.toString(blue));
        }
    }
}
