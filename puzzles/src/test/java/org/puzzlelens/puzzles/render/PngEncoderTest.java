package org.puzzlelens.puzzles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;

/** Our PNG encoder judged by two decoders that share no code with it ({@link PngDecoders}). */
class PngEncoderTest {
    /** The kinds of picture an encoder specialised for flat drawings must still get right. */
    enum Picture {
        NOISE, // every byte differs from its neighbours: all literals
        GRADIENT, // a constant change along rows and columns: runs of one non-zero change
        FLAT_SHAPES, // flat colour with anti-aliased edges and text, what the renderers draw
        STRIPES // rows that repeat, with single-pixel columns
    }

    private static BufferedImage picture(Picture kind, int width, int height, long seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        int colour = random.nextInt(1 << 24);
        switch (kind) {
            case NOISE -> fill(image, (x, y) -> random.nextInt(1 << 24));
            case GRADIENT -> fill(image, (x, y) -> colour + (x * 3 & 0xff) + ((y * 5 & 0xff) << 8) + ((x + y) << 16));
            case STRIPES -> fill(image, (x, y) -> x % 7 == 3 ? colour : (y / 3 % 2 == 0 ? 0xffffff : 0x102030));
            case FLAT_SHAPES -> {
                Graphics2D g = image.createGraphics();
                g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, width, height);
                for (int i = 0; i < 6; i++) {
                    g.setColor(new Color(random.nextInt(1 << 24)));
                    g.fill(new Ellipse2D.Double(
                            random.nextDouble(-width / 2.0, width), random.nextDouble(-height / 2.0, height),
                            random.nextDouble(width), random.nextDouble(height)));
                }
                g.setColor(Color.BLACK);
                g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(4, height / 4)));
                g.drawString("12:45 ok", 1, height / 2);
                g.dispose();
            }
        }
        return image;
    }

    private interface PixelFunction {
        int rgb(int x, int y);
    }

    private static void fill(BufferedImage image, PixelFunction function) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, function.rgb(x, y) & 0xffffff);
            }
        }
    }

    @Provide
    Arbitrary<Integer> sides() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(1, 9), Arbitraries.integers().between(10, 400));
    }

    @Property(tries = 120)
    void anyPictureOfAnySizeRoundTrips(
            @ForAll Picture kind, @ForAll("sides") int width, @ForAll("sides") int height, @ForAll long seed)
            throws IOException, DataFormatException {
        PngDecoders.assertLossless(picture(kind, width, height, seed));
    }

    /** 1x1, single rows and columns, and runs longer than one run token (2^16 pixels) or than one block. */
    @ParameterizedTest
    @ValueSource(strings = {"1x1", "1x5000", "5000x1", "70000x2", "3x70000", "2500x40"})
    void extremeShapesRoundTrip(String size) throws IOException, DataFormatException {
        int width = Integer.parseInt(size.substring(0, size.indexOf('x')));
        int height = Integer.parseInt(size.substring(size.indexOf('x') + 1));
        for (Picture kind : Picture.values()) {
            PngDecoders.assertLossless(picture(kind, width, height, width * 31L + height));
        }
        BufferedImage flat = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        fill(flat, (x, y) -> 0x3a7f12);
        PngDecoders.assertLossless(flat);
    }

    @ParameterizedTest
    @ValueSource(ints = {64, 301, 1000})
    void everyPuzzleTypeRoundTrips(int size) throws IOException, DataFormatException {
        for (PuzzleType<?> type : Registry.get().all()) {
            Object state =
                    Instances.create(type, 11, size, Preset.ALGOPUZZLEVQA).state();
            PngDecoders.assertLossless(Images.render(type, state, size));
        }
    }

    /**
     * The top byte of an int-RGB pixel is not part of its colour (Java2D writes 0xff there, a setRGB 0)
     * while the run finder compares whole ints: runs must still be found by colour alone.
     */
    @Test
    void bitsAboveTheColourAreIgnored() throws IOException, DataFormatException {
        BufferedImage image = picture(Picture.FLAT_SHAPES, 300, 200, 5);
        int[] data = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(9);
        int[] colours = new int[data.length];
        for (int i = 0; i < data.length; i++) {
            colours[i] = data[i] & 0xffffff;
            data[i] = colours[i] | random.nextInt(256) << 24;
        }
        PngDecoders.assertDecodesTo(Images.png(image), colours, 300);
    }

    @Test
    void theSamePixelsGiveTheSameBytes() {
        PuzzleType<?> maze = Registry.get().type("maze");
        BufferedImage image = Images.render(
                maze, Instances.create(maze, 3, 1, Preset.ALGOPUZZLEVQA).state(), 900);
        byte[] png = Images.png(image);
        assertThat(Images.png(Images.copyAs(image, BufferedImage.TYPE_INT_RGB))).isEqualTo(png);
        assertThat(Images.png(Images.copyAs(image, BufferedImage.TYPE_3BYTE_BGR)))
                .isEqualTo(png);
    }

    /** The Inflater decoder is only evidence if it notices a wrong checksum: Adler-32 is what the run arithmetic risks. */
    @Test
    void aWrongChecksumIsCaughtByTheInflaterDecoder() {
        byte[] png = Images.png(picture(Picture.GRADIENT, 40, 30, 1));
        int adler = png.length - 12 - 4 - 4; // IEND chunk (length, type, CRC), the IDAT CRC, then the Adler-32
        png[adler + 3] ^= 1;
        CRC32 crc = new CRC32(); // the chunk's CRC made right again, so that only the zlib stream is wrong
        int idatLength = ByteBuffer.wrap(png, 33, 4).getInt(); // after the signature and IHDR
        crc.update(png, 37, 4 + idatLength);
        ByteBuffer.wrap(png, 41 + idatLength, 4).putInt((int) crc.getValue());
        assertThatThrownBy(() -> PngDecoders.inflater(png))
                .isInstanceOf(DataFormatException.class)
                .hasMessageContaining("incorrect data check");
    }

    /** Flat drawings, what the encoder is for, must compress well: a large flat-colour picture stays small. */
    @Test
    void flatDrawingsCompressToAFewBitsPerRow() throws IOException, DataFormatException {
        BufferedImage image = new BufferedImage(3000, 3000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 3000, 3000);
        g.setColor(Color.BLUE);
        g.fillRect(500, 500, 2000, 2000);
        g.dispose();
        byte[] png = PngDecoders.assertLossless(image);
        assertThat(png.length).as("27 MB of pixels").isLessThan(3000 * 30);
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
