package org.puzzlelens.puzzles.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.zip.DataFormatException;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/**
 * A reused buffer is only correct if every renderer paints every pixel: each type is rendered on a canvas
 * whose whole buffer was filled with random garbage and compared, every pixel and the PNG bytes, with a
 * fresh render. The sizes go down, so the later images use only the front of a longer buffer.
 */
class ReusableCanvasTest {
    private static final int[] SIZES_LARGEST_FIRST = {1000, 301, 64};

    @Test
    void everyTypePaintsEveryPixelOfAGarbageFilledCanvas() throws IOException, DataFormatException {
        ReusableCanvas canvas = new ReusableCanvas();
        SplittableRandom garbage = new SplittableRandom(17);
        for (PuzzleType<?> type : Registry.get().all()) {
            for (int size : SIZES_LARGEST_FIRST) {
                Object state =
                        Instances.create(type, 5, size, Preset.ALGOPUZZLEVQA).state();
                BufferedImage fresh = Images.render(type, state, size);
                int[] buffer = data(canvas.image(fresh.getWidth(), fresh.getHeight()));
                Arrays.setAll(buffer, i -> garbage.nextInt());

                BufferedImage reused = canvas.render(type, state, size);

                String where = type.info().name() + " at " + size + " px";
                assertThat(data(reused)).as(where).isSameAs(buffer);
                int pixels = fresh.getWidth() * fresh.getHeight();
                assertThat(Arrays.copyOf(data(reused), pixels)).as(where).isEqualTo(data(fresh));
                byte[] png = Images.png(reused);
                assertThat(png).as(where).isEqualTo(Images.png(fresh));
                PngDecoders.assertDecodesTo(png, PngDecoders.rgb(fresh), fresh.getWidth());
            }
        }
    }

    @Test
    void theBufferGrowsForALargerImageAndIsKeptForSmallerOnes() {
        ReusableCanvas canvas = new ReusableCanvas();
        int[] small = data(canvas.image(30, 20));
        int[] large = data(canvas.image(300, 200));
        BufferedImage again = canvas.image(40, 10);

        assertThat(small).hasSize(600);
        assertThat(large).hasSize(60_000);
        assertThat(data(again)).isSameAs(large);
        assertThat(again.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(again.getWidth()).isEqualTo(40);
        assertThat(again.getHeight()).isEqualTo(10);
    }

    private static int[] data(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }
}
