package org.puzzlelens.puzzles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/** PNG and JPEG output judged by the JDK's own decoders, which share no code with our encoders (more PNG cases: PngEncoderTest). */
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

    @Test
    void aRenderedPuzzleRoundTripsThroughPngAndIsDeterministic() throws IOException {
        PuzzleType<?> clock = Registry.get().type("clock");
        Object state = Instances.create(clock, 3, 0, Preset.ALGOPUZZLEVQA).state();
        BufferedImage image = Images.render(clock, state, 1000);
        byte[] png = Images.png(image);
        assertThat(formatOf(png)).isEqualTo("png");
        assertThat(PngDecoders.imageIo(png)).isEqualTo(PngDecoders.rgb(image));
        assertThat(Images.png(Images.render(clock, state, 1000))).isEqualTo(png);
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
}
