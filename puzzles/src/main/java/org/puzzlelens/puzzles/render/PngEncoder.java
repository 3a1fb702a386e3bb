package org.puzzlelens.puzzles.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Encodes an opaque image as an 8-bit RGB PNG, built for speed on large flat-colour drawings.
 *
 * <p>ImageIO's PNG writer picks a filter per row by trying all five and deflates through an image
 * output stream: at the released benchmark's sizes (up to 3179 px, 10 megapixels) that took 600-800 ms
 * a picture, and zlib's fastest level after our own Up filter still took most of an instance's time.
 * This encoder reads the pixels straight out of the image's int buffer, filters every row with "Up"
 * (the difference to the row above: zero wherever a colour continues downwards, which is most of a
 * drawing) and deflates the rows with {@link UpRunDeflater}, which codes runs of repeated pixels as
 * copies in the same pass: the measurements behind these choices are in docs/PERFORMANCE.md. The
 * output depends only on the pixels, so the same image gives the same bytes.
 */
final class PngEncoder {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {}

    static byte[] encode(BufferedImage image) {
        BufferedImage rgb = asIntRgb(image);
        int width = rgb.getWidth();
        int height = rgb.getHeight();
        int[] pixels = ((DataBufferInt) rgb.getRaster().getDataBuffer()).getData();
        BitWriter out = new BitWriter(64 * 1024 + width * height / 8);
        out.writeBytes(SIGNATURE);
        byte[] header = ByteBuffer.allocate(13)
                .putInt(width)
                .putInt(height)
                .put((byte) 8) // bit depth
                .put((byte) 2) // colour type: RGB
                .put((byte) 0)
                .put((byte) 0)
                .put((byte) 0) // deflate, adaptive filtering, no interlace
                .array();
        int start = beginChunk(out, "IHDR");
        out.writeBytes(header);
        endChunk(out, start);
        start = beginChunk(out, "IDAT");
        UpRunDeflater.deflate(pixels, width, height, out);
        endChunk(out, start);
        endChunk(out, beginChunk(out, "IEND"));
        return out.toByteArray();
    }

    /** Per 8-bit channel of the low 24 bits, {@code (a - b) mod 256}, without borrows between channels. */
    static int channelDifferences(int a, int b) {
        int high = 0x808080;
        return (((a | high) - (b & ~high & 0xffffff)) ^ ((a ^ ~b) & high)) & 0xffffff;
    }

    /**
     * The image itself when it is an int-RGB buffer whose rows start at 0 and follow each other without gaps
     * (what the renderers draw; a {@link ReusableCanvas}'s buffer may be longer), else a copy as one.
     */
    private static BufferedImage asIntRgb(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && raster.getDataBuffer() instanceof DataBufferInt buffer
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel rows
                && rows.getScanlineStride() == image.getWidth()
                && buffer.getOffset() == 0
                && raster.getSampleModelTranslateX() == 0
                && raster.getSampleModelTranslateY() == 0) {
            return image;
        }
        return Images.copyAs(image, BufferedImage.TYPE_INT_RGB);
    }

    /** Writes a chunk's length (filled in by {@link #endChunk}) and type; returns where the chunk starts. */
    private static int beginChunk(BitWriter out, String type) {
        int start = out.size();
        out.writeIntBigEndian(0);
        out.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        return start;
    }

    /** Fills in the length of the chunk begun at {@code start} and appends its CRC (over type and data). */
    private static void endChunk(BitWriter out, int start) {
        int end = out.size();
        out.setIntBigEndian(start, end - start - 8);
        CRC32 crc = new CRC32();
        crc.update(out.buffer(), start + 4, end - start - 4);
        out.writeIntBigEndian((int) crc.getValue());
    }
}
