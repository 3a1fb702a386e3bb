package org.puzzlelens.puzzles.algo.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.LabVariant;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.testing.LabVariantContract;

/** The lab variant reads the same image as {@code ClockPuzzle}, so its pixels are read back the same way. */
class HourQuarterPuzzleTest extends LabVariantContract<ClockState> {
    private static final HourQuarterPuzzle TYPE = new HourQuarterPuzzle();

    @Override
    protected LabVariant<ClockState> type() {
        return TYPE;
    }

    @Override
    protected ClockState readPixels(BufferedImage image, ClockState question) {
        return new ClockPuzzleTest().readPixels(image, question);
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
