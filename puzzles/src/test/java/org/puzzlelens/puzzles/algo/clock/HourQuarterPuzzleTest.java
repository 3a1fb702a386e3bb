package org.puzzlelens.puzzles.algo.clock;

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

/** The lab variant reads the same image as {@code ClockPuzzle}, so its pixels are read back the same way. */
class HourQuarterPuzzleTest extends PuzzleTypeContract<ClockState> {
    private static final HourQuarterPuzzle TYPE = new HourQuarterPuzzle();

    @Override
    protected PuzzleType<ClockState> type() {
        return TYPE;
    }

    @Override
    protected ClockState readPixels(BufferedImage image, ClockState question) {
        return new ClockPuzzleTest().readPixels(image, question);
    }

    @Override
    protected ClockState parseDescription(String description, ClockState question) {
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
    void theQuarterHoldsTheHourHandAngle() {
        for (int i = 0; i < 100; i++) {
            PuzzleInstance p = Instances.create(TYPE, SEED, i, Preset.ALGOPUZZLEVQA);
            ClockState s = (ClockState) p.state();
            double degreesFromTwelve = (s.hour() % 12 + s.minute() / 60.0) * 30;
            assertThat(p.answerIndex()).isEqualTo((int) (degreesFromTwelve / 90));
        }
    }
}
