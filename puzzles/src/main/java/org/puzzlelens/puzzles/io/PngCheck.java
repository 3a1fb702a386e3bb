package org.puzzlelens.puzzles.io;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.zip.CRC32;

/**
 * Checks that bytes are a whole PNG: the signature, then chunks whose CRCs match, ending with
 * {@code IEND} at the last byte. A file cut by a kill or damaged on disk fails, where a decoder that
 * reads only the header (or ignores CRCs, as the JDK's does) would accept it.
 */
final class PngCheck {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngCheck() {}

    /** The longer side of a whole, undamaged PNG, or empty when the bytes are not one. */
    static OptionalInt longSide(byte[] png) {
        if (png.length < SIGNATURE.length || !Arrays.equals(png, 0, SIGNATURE.length, SIGNATURE, 0, SIGNATURE.length)) {
            return OptionalInt.empty();
        }
        ByteBuffer buf = ByteBuffer.wrap(png);
        int at = SIGNATURE.length;
        int side = -1;
        while (at + 12 <= png.length) {
            long length = Integer.toUnsignedLong(buf.getInt(at));
            if (length > png.length - at - 12L) {
                return OptionalInt.empty(); // the chunk runs past the end: cut
            }
            int data = at + 8;
            CRC32 crc = new CRC32();
            crc.update(png, at + 4, 4 + (int) length);
            if ((int) crc.getValue() != buf.getInt(data + (int) length)) {
                return OptionalInt.empty();
            }
            String type = new String(png, at + 4, 4, StandardCharsets.US_ASCII);
            if (at == SIGNATURE.length) {
                if (!type.equals("IHDR") || length != 13) {
                    return OptionalInt.empty();
                }
                side = Math.max(buf.getInt(data), buf.getInt(data + 4));
            }
            at = data + (int) length + 4;
            if (type.equals("IEND")) {
                return at == png.length ? OptionalInt.of(side) : OptionalInt.empty();
            }
        }
        return OptionalInt.empty();
    }
}
