package org.puzzlelens.puzzles.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.ImageIO;

/**
 * Two decoders that share no code with our PNG encoder, and the pixel comparison the tests judge it by:
 * ImageIO's PNG reader, and a minimal reader over zlib's own inflater ({@link Inflater}, which checks
 * the stream's Adler-32) that also checks every chunk's CRC and that every row is Up-filtered.
 */
final class PngDecoders {
    private PngDecoders() {}

    /** The pixels as {@code 0xRRGGBB}, row by row, read by ImageIO. */
    static int[] imageIo(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("ImageIO decodes it").isNotNull();
        return rgb(image);
    }

    /** The pixels as {@code 0xRRGGBB}, row by row, read by chunk parsing and {@link Inflater}. */
    static int[] inflater(byte[] png) throws DataFormatException {
        ByteBuffer in = ByteBuffer.wrap(png);
        byte[] signature = new byte[8];
        in.get(signature);
        assertThat(signature).containsExactly(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n');
        int width = 0;
        int height = 0;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        String type = "";
        while (!type.equals("IEND")) {
            int length = in.getInt();
            byte[] typeAndData = new byte[4 + length];
            in.get(typeAndData);
            CRC32 crc = new CRC32();
            crc.update(typeAndData);
            assertThat(in.getInt()).as("CRC of a chunk").isEqualTo((int) crc.getValue());
            type = new String(typeAndData, 0, 4, StandardCharsets.US_ASCII);
            ByteBuffer data = ByteBuffer.wrap(typeAndData, 4, length);
            switch (type) {
                case "IHDR" -> {
                    width = data.getInt();
                    height = data.getInt();
                    assertThat(new byte[] {data.get(), data.get(), data.get(), data.get(), data.get()})
                            .as("8-bit RGB, deflate, adaptive filters, not interlaced")
                            .containsExactly(8, 2, 0, 0, 0);
                }
                case "IDAT" -> compressed.write(typeAndData, 4, length);
                default -> assertThat(type).isEqualTo("IEND");
            }
        }
        assertThat(in.remaining()).as("nothing after IEND").isZero();
        int rowBytes = 1 + 3 * width;
        byte[] scanlines = new byte[rowBytes * height];
        Inflater inflater = new Inflater();
        inflater.setInput(compressed.toByteArray());
        int filled = 0;
        while (!inflater.finished()) {
            int n = inflater.inflate(scanlines, filled, scanlines.length - filled);
            assertThat(n > 0 || inflater.finished())
                    .as("zlib stream ends where the rows do")
                    .isTrue();
            filled += n;
        }
        assertThat(filled).isEqualTo(scanlines.length);
        assertThat(inflater.getRemaining()).as("nothing after the zlib stream").isZero();
        inflater.end();
        int[] pixels = new int[width * height];
        byte[] above = new byte[rowBytes];
        for (int y = 0; y < height; y++) {
            int row = y * rowBytes;
            assertThat(scanlines[row]).as("filter type of row " + y).isEqualTo((byte) 2);
            for (int i = 1; i < rowBytes; i++) {
                scanlines[row + i] += above[i];
            }
            above = Arrays.copyOfRange(scanlines, row, row + rowBytes);
            for (int x = 0; x < width; x++) {
                int at = row + 1 + 3 * x;
                pixels[y * width + x] =
                        (scanlines[at] & 0xff) << 16 | (scanlines[at + 1] & 0xff) << 8 | scanlines[at + 2] & 0xff;
            }
        }
        return pixels;
    }

    static int[] rgb(BufferedImage image) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < pixels.length; i++) {
            pixels[i] &= 0xffffff;
        }
        return pixels;
    }

    /** Encodes {@code image} and checks that both decoders give back every pixel. */
    static byte[] assertLossless(BufferedImage image) throws IOException, DataFormatException {
        byte[] png = Images.png(image);
        assertDecodesTo(png, rgb(image), image.getWidth());
        return png;
    }

    /** Checks that both decoders read {@code expected} (0xRRGGBB, row by row) out of {@code png}. */
    static void assertDecodesTo(byte[] png, int[] expected, int width) throws IOException, DataFormatException {
        assertSamePixels(expected, imageIo(png), width, "ImageIO");
        assertSamePixels(expected, inflater(png), width, "Inflater");
    }

    private static void assertSamePixels(int[] expected, int[] actual, int width, String decoder) {
        assertThat(actual.length).as(decoder + ": pixel count").isEqualTo(expected.length);
        int i = Arrays.mismatch(expected, actual);
        if (i >= 0) {
            throw new AssertionError(decoder + ": pixel (" + i % width + "," + i / width + "): expected "
                    + Integer.toHexString(expected[i]) + ", got " + Integer.toHexString(actual[i]));
        }
    }
}
