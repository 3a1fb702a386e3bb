package org.puzzlelens.puzzles.render;

import java.util.Arrays;

/**
 * Writes the scanlines of an RGB image, every row filtered with PNG's Up filter, as one zlib stream
 * (RFC 1950), with the filtering, the matching and the checksum fused into one pass over the pixels.
 *
 * <p>A pixel whose filtered bytes equal the previous pixel's continues a run, coded as a deflate copy
 * from 3 bytes back; any other pixel is three literals. A drawing is mostly flat colour continued from
 * the row above, so most pixels are in runs of zero bytes, which are found by comparing the row with
 * the one above as ints ({@link Arrays#mismatch}, vectorised by the JIT) without writing the filtered
 * row anywhere; their Adler-32 has a closed form. The tokens of a block are collected with their
 * frequencies, then written with the Huffman code made for them ({@link DeflateBlock}).
 * Fast matchers such as zlib's level 1 find repeats at any distance; this one finds only the runs,
 * which is what flat drawings consist of (sizes and times in docs/PERFORMANCE.md).
 */
final class UpRunDeflater {
    private static final int FILTER_UP = 2;
    private static final int ADLER_MODULUS = 65521;
    /** Far below overflow: a pixel adds at most 3 * 2^60 + 2^11 to the checksum's sums. */
    private static final long ADLER_REDUCE_AT = 1L << 60;
    /** Tokens per block before the block is closed at the end of a row: enough to amortise its header, small enough to stay in cache. */
    private static final int BLOCK_TOKENS = 1 << 14;
    /** The most pixels one run token covers, which keeps the checksum's closed form far from overflow. */
    private static final int MAX_RUN_PIXELS = 1 << 16;

    private final DeflateBlock block;
    private final BitWriter out;
    /** Adler-32's two sums, reduced modulo 65521 only now and then. */
    private long adlerA = 1;

    private long adlerB;

    private UpRunDeflater(int width, BitWriter out) {
        this.block = new DeflateBlock(BLOCK_TOKENS + width + 1);
        this.out = out;
    }

    /** Appends the zlib stream of the Up-filtered scanlines of {@code pixels} (0xRRGGBB, row by row) to {@code out}. */
    static void deflate(int[] pixels, int width, int height, BitWriter out) {
        new UpRunDeflater(width, out).deflateRows(pixels, width, height);
    }

    private void deflateRows(int[] pixels, int width, int height) {
        out.writeBits(0x78, 8); // zlib header: deflate with a 32 KiB window,
        out.writeBits(0x01, 8); // fastest compression, no dictionary, check bits
        int[] zeroRow = new int[width]; // what row 0 is filtered against
        for (int y = 0; y < height; y++) {
            boolean first = y == 0;
            filterRow(pixels, y * width, first ? zeroRow : pixels, first ? 0 : (y - 1) * width, width);
            boolean last = y == height - 1;
            if (last || block.tokenCount() >= BLOCK_TOKENS) {
                block.writeTo(out, last);
            }
        }
        out.alignToByte();
        out.writeIntBigEndian((int) ((adlerB % ADLER_MODULUS) << 16 | (adlerA % ADLER_MODULUS)));
    }

    /** Adds one row's tokens (filter byte, literal pixels, runs) to the block and its bytes to the checksum. */
    private void filterRow(int[] pixels, int row, int[] above, int aboveRow, int width) {
        block.addLiteral(FILTER_UP);
        adlerA += FILTER_UP;
        adlerB += adlerA;
        int previous = -1; // no pixel's filtered bytes: a row's first pixel is never a copy
        for (int x = 0; x < width; ) {
            int filtered = PngEncoder.channelDifferences(pixels[row + x], above[aboveRow + x]);
            if (filtered != previous) {
                block.addPixel(filtered);
                addPixelToChecksum(filtered);
                previous = filtered;
                x++;
                continue;
            }
            int end = x + 1;
            if (filtered == 0) {
                int differs = Arrays.mismatch(pixels, row + end, row + width, above, aboveRow + end, aboveRow + width);
                end = differs < 0 ? width : end + differs;
            }
            // a run of a non-zero change, or the rest of a zero run whose ints differ only in unused top bits
            while (end < width && PngEncoder.channelDifferences(pixels[row + end], above[aboveRow + end]) == filtered) {
                end++;
            }
            for (int pixelsLeft = end - x; pixelsLeft > 0; ) {
                int runPixels = Math.min(pixelsLeft, MAX_RUN_PIXELS);
                block.addRun(3 * runPixels);
                addRunToChecksum(filtered, runPixels);
                pixelsLeft -= runPixels;
            }
            x = end;
        }
    }

    /** Adler-32 over a pixel's bytes r, g, b: A gains r + g + b, B gains the three partial sums of A. */
    private void addPixelToChecksum(int rgb) {
        int red = rgb >>> 16;
        int green = (rgb >>> 8) & 0xff;
        int blue = rgb & 0xff;
        adlerB += 3 * adlerA + 3 * red + 2 * green + blue;
        adlerA += red + green + blue;
        if (adlerB >= ADLER_REDUCE_AT) {
            reduceChecksum();
        }
    }

    /**
     * Adler-32 over the bytes r, g, b repeated {@code pixels} = k times, n = 3k bytes, in closed form:
     * A gains k(r + g + b); B gains n * A plus each byte times the number of sums it enters, which
     * for the c-th byte of the pattern (c = 1..3) adds up to k(n - c + 1) - 3k(k - 1)/2.
     */
    private void addRunToChecksum(int rgb, long pixels) {
        reduceChecksum();
        long n = 3 * pixels;
        long common = 3 * pixels * (pixels - 1) / 2;
        long red = rgb >>> 16;
        long green = (rgb >>> 8) & 0xff;
        long blue = rgb & 0xff;
        adlerB += n * adlerA
                + red * (pixels * n - common)
                + green * (pixels * (n - 1) - common)
                + blue * (pixels * (n - 2) - common);
        adlerA += pixels * (red + green + blue);
        reduceChecksum();
    }

    private void reduceChecksum() {
        adlerA %= ADLER_MODULUS;
        adlerB %= ADLER_MODULUS;
    }
}
