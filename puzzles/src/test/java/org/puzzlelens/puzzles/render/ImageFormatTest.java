package org.puzzlelens.puzzles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/** PNG and JPEG output judged by the JDK's own decoders, which share no code with our encoder. */
class ImageFormatTest {
    private static BufferedImage decode(byte[] bytes) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(image).as("decodable").isNotNull();
        return image;
    }

    private static String formatOf(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            return reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertThat(actual.getWidth()).isEqualTo(expected.getWidth());
        assertThat(actual.getHeight()).isEqualTo(expected.getHeight());
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                int want = expected.getRGB(x, y) & 0xffffff;
                int got = actual.getRGB(x, y) & 0xffffff;
                if (want != got) {
                    throw new AssertionError("pixel (" + x + "," + y + "): expected " + Integer.toHexString(want)
                            + ", got " + Integer.toHexString(got));
                }
            }
        }
    }

    /** Random noise is the worst case for the Up filter: every byte differs from the one above. */
    @Property(tries = 40)
    void pngIsLosslessForAnyPixels(
            @ForAll @IntRange(min = 1, max = 300) int width,
            @ForAll @IntRange(min = 1, max = 300) int height,
            @ForAll long seed)
            throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        assertSamePixels(image, decode(Images.png(image)));
    }

    @Test
    void aRenderedPuzzleRoundTripsThroughPngAndIsDeterministic() throws IOException {
        PuzzleType<?> clock = Registry.get().type("clock");
        Object state = Instances.create(clock, 3, 0, Preset.ALGOPUZZLEVQA).state();
        BufferedImage image = Images.render(clock, state, 1000);
        byte[] png = Images.png(image);
        assertThat(formatOf(png)).isEqualTo("png");
        assertSamePixels(image, decode(png));
        assertThat(Images.png(Images.render(clock, state, 1000))).isEqualTo(png);
    }

    /** Taller than one batch of rows handed to the deflater, so the batch boundaries are crossed. */
    @Test
    void imagesLargerThanOneDeflateBatchRoundTrip() throws IOException {
        BufferedImage image = new BufferedImage(1500, 400, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1500, 400);
        g.setColor(Color.RED);
        g.fillOval(100, 50, 1200, 300);
        g.dispose();
        assertSamePixels(image, decode(Images.png(image)));
    }

    @Test
    void imagesOfOtherLayoutsAreEncodedByTheirColours() throws IOException {
        BufferedImage bgr = new BufferedImage(37, 21, BufferedImage.TYPE_3BYTE_BGR);
        bgr.setRGB(5, 7, 0x123456);
        bgr.setRGB(36, 20, 0xfedcba);
        BufferedImage back = decode(Images.png(bgr));
        assertThat(back.getRGB(5, 7) & 0xffffff).isEqualTo(0x123456);
        assertThat(back.getRGB(36, 20) & 0xffffff).isEqualTo(0xfedcba);
        assertThat(back.getRGB(0, 0) & 0xffffff).isZero();
    }

    @Test
    void jpegIsAJpegCloseToThePixels() throws IOException {
        PuzzleType<?> clock = Registry.get().type("clock");
        BufferedImage image = Images.render(
                clock, Instances.create(clock, 3, 0, Preset.ALGOPUZZLEVQA).state(), 600);
        byte[] jpeg = ImageFormat.of("jpeg", 90).encode(image);
        assertThat(formatOf(jpeg)).isEqualTo("jpeg");
        BufferedImage back = decode(jpeg);
        assertThat(back.getWidth()).isEqualTo(image.getWidth());
        long error = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int a = image.getRGB(x, y);
                int b = back.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    error += Math.abs(((a >> shift) & 255) - ((b >> shift) & 255));
                }
            }
        }
        double meanError = error / (3.0 * image.getWidth() * image.getHeight());
        assertThat(meanError).as("mean absolute error per channel").isLessThan(3.0);
        assertThat(ImageFormat.of("jpeg", 30).encode(image).length).isLessThan(jpeg.length);
    }

    @Test
    void formatsAreParsedWithClearErrors() {
        assertThat(ImageFormat.of("PNG", null)).isEqualTo(ImageFormat.PNG);
        assertThat(ImageFormat.of("jpg", null)).isEqualTo(new ImageFormat.Jpeg(ImageFormat.Jpeg.DEFAULT_QUALITY));
        assertThat(ImageFormat.of("jpeg", 75).extension()).isEqualTo("jpg");
        assertThatThrownBy(() -> ImageFormat.of("gif", null)).hasMessageContaining("use png or jpeg");
        assertThatThrownBy(() -> ImageFormat.of("jpeg", 0)).hasMessageContaining("1..100");
        assertThatThrownBy(() -> ImageFormat.of("png", 80)).hasMessageContaining("JPEG only");
    }

    @Property
    void channelDifferencesAreBytewiseModulo256(
            @ForAll @IntRange(min = 0, max = 0xffffff) int a, @ForAll @IntRange(min = 0, max = 0xffffff) int b) {
        int expected = 0;
        for (int shift = 0; shift < 24; shift += 8) {
            expected |= ((((a >> shift) & 255) - ((b >> shift) & 255)) & 255) << shift;
        }
        assertThat(PngEncoder.channelDifferences(a, b)).isEqualTo(expected);
    }
}
