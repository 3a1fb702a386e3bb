package org.puzzlelens.puzzles.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * Encodes an opaque image as an 8-bit RGB PNG, built for speed on large flat-colour drawings.
 *
 * <p>ImageIO's PNG writer picks a filter per row by trying all five and deflates at a chosen level
 * through an image output stream: at the released benchmark's sizes (up to 3179 px, 10 megapixels)
 * that took 600-800 ms a picture. This encoder reads the pixels straight out of the image's int
 * buffer, filters every row with "Up" (the difference to the row above: zero wherever a colour
 * continues downwards, which is most of a drawing) and deflates at a low level: the measurements
 * behind both choices are in docs/PERFORMANCE.md. The output depends only on the pixels and the
 * level, so the same image gives the same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte FILTER_UP = 2;
    private static final int BYTES_PER_PIXEL = 3;
    /** Rows are handed to the deflater in batches of about this many bytes, to keep native calls few. */
    private static final int BATCH_BYTES = 256 * 1024;

    private static final VarHandle BIG_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private final int level;

    /** @param level the deflate level, 0 (stored) to 9 (strongest) */
    PngEncoder(int level) {
        if (level < Deflater.NO_COMPRESSION || level > Deflater.BEST_COMPRESSION) {
            throw new IllegalArgumentException("deflate level must be 0..9, got " + level);
        }
        this.level = level;
    }

    byte[] encode(BufferedImage image) {
        BufferedImage rgb = asIntRgb(image);
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + width * height / 8);
        out.writeBytes(SIGNATURE);
        writeChunk(
                out,
                "IHDR",
                ByteBuffer.allocate(13)
                        .putInt(width)
                        .putInt(height)
                        .put((byte) 8) // bit depth
                        .put((byte) 2) // colour type: RGB
                        .put((byte) 0)
                        .put((byte) 0)
                        .put((byte) 0) // deflate, adaptive filtering, no interlace
                        .array());
        writeChunk(out, "IDAT", deflateRows(pixels, width, height));
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The filtered scanlines, deflated into one zlib stream. */
    private byte[] deflateRows(int[] pixels, int width, int height) {
        int rowBytes = 1 + width * BYTES_PER_PIXEL;
        int rowsPerBatch = Math.max(1, BATCH_BYTES / rowBytes);
        byte[] batch = new byte[rowsPerBatch * rowBytes + 1]; // + the spare byte of filterUp's last write
        byte[] buffer = new byte[64 * 1024];
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(width * height / 8 + 1024);
        Deflater deflater = new Deflater(level);
        try {
            for (int y = 0; y < height; y += rowsPerBatch) {
                int rows = Math.min(rowsPerBatch, height - y);
                for (int r = 0; r < rows; r++) {
                    filterUp(pixels, width, y + r, batch, r * rowBytes);
                }
                deflater.setInput(batch, 0, rows * rowBytes);
                boolean last = y + rows == height;
                if (last) {
                    deflater.finish();
                }
                while (last ? !deflater.finished() : !deflater.needsInput()) {
                    compressed.write(buffer, 0, deflater.deflate(buffer));
                }
            }
        } finally {
            deflater.end();
        }
        return compressed.toByteArray();
    }

    /**
     * Writes row {@code y} as filter type Up: each byte minus the byte above it (zero above row 0).
     * The three channel differences of a pixel are computed at once in one int and stored with one
     * 4-byte write, whose spare fourth byte the next pixel (or the next row's filter byte, or the
     * batch's spare byte) overwrites: a profile showed the byte-by-byte version as a third of the
     * encoding time.
     */
    private static void filterUp(int[] pixels, int width, int y, byte[] out, int at) {
        out[at++] = FILTER_UP;
        int row = y * width;
        int above = row - width;
        for (int x = 0; x < width; x++, at += BYTES_PER_PIXEL) {
            int p = pixels[row + x];
            int delta = y == 0 ? p : channelDifferences(p, pixels[above + x]);
            BIG_ENDIAN_INT.set(out, at, delta << 8);
        }
    }

    /** Per 8-bit channel of the low 24 bits, {@code (a - b) mod 256}, without borrows between channels. */
    static int channelDifferences(int a, int b) {
        int high = 0x808080;
        return (((a | high) - (b & ~high & 0xffffff)) ^ ((a ^ ~b) & high)) & 0xffffff;
    }

    /** The image itself when it is an int-RGB buffer (what the renderers draw), else a copy as one. */
    private static BufferedImage asIntRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && buffer.getData().length == image.getWidth() * image.getHeight()) {
            return image;
        }
        return Images.copyAs(image, BufferedImage.TYPE_INT_RGB);
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
