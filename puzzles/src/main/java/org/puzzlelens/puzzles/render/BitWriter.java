package org.puzzlelens.puzzles.render;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A growing byte array written either as bytes or, for deflate, as a stream of bits packed from the
 * least significant bit of each byte (RFC 1951, 3.1.1). Bits collect in a 64-bit buffer that is
 * stored four bytes at a time, so a code costs a shift, an or and, one time in a few, one store.
 */
final class BitWriter {
    private static final VarHandle LITTLE_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle BIG_ENDIAN_INT =
            MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.BIG_ENDIAN);

    private byte[] bytes;
    private int size;
    /** Bits not yet stored, the first one lowest; fewer than 32 between calls. */
    private long pending;

    private int pendingCount;

    BitWriter(int initialCapacity) {
        bytes = new byte[Math.max(16, initialCapacity)];
    }

    /** Appends the low {@code count} bits of {@code value} (at most 32; the bits above them must be zero). */
    void writeBits(long value, int count) {
        pending |= value << pendingCount;
        pendingCount += count;
        if (pendingCount >= 32) {
            ensureRoom(Integer.BYTES);
            LITTLE_ENDIAN_INT.set(bytes, size, (int) pending);
            size += Integer.BYTES;
            pending >>>= 32;
            pendingCount -= 32;
        }
    }

    /** Pads the bit stream with zero bits to the next byte boundary (deflate's end, or a stored block). */
    void alignToByte() {
        while (pendingCount > 0) {
            writeByte((int) pending);
            pending >>>= 8;
            pendingCount = Math.max(0, pendingCount - 8);
        }
        pending = 0;
    }

    /** Appends whole bytes; the bit stream must be byte-aligned. */
    void writeBytes(byte[] data) {
        requireAligned();
        ensureRoom(data.length);
        System.arraycopy(data, 0, bytes, size, data.length);
        size += data.length;
    }

    void writeIntBigEndian(int value) {
        requireAligned();
        ensureRoom(Integer.BYTES);
        BIG_ENDIAN_INT.set(bytes, size, value);
        size += Integer.BYTES;
    }

    /** Overwrites four bytes written earlier, such as a chunk length known only once its data is written. */
    void setIntBigEndian(int position, int value) {
        BIG_ENDIAN_INT.set(bytes, position, value);
    }

    /** The number of whole bytes written; the bit stream must be byte-aligned. */
    int size() {
        requireAligned();
        return size;
    }

    /** The array the bytes are written into, valid up to {@link #size()} and until the next write. */
    byte[] buffer() {
        return bytes;
    }

    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size());
    }

    private void writeByte(int value) {
        ensureRoom(1);
        bytes[size++] = (byte) value;
    }

    private void requireAligned() {
        if (pendingCount != 0) {
            throw new IllegalStateException("byte access in the middle of a bit stream: call alignToByte first");
        }
    }

    private void ensureRoom(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
