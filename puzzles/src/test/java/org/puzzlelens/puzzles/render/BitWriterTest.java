package org.puzzlelens.puzzles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class BitWriterTest {
    /** Bits come back in order when read from each byte's least significant bit up (RFC 1951, 3.1.1). */
    @Property(tries = 200)
    void bitsArePackedFromTheLeastSignificantBit(
            @ForAll @Size(max = 300) List<@IntRange(min = 0, max = 32) Integer> counts, @ForAll long seed) {
        BitWriter out = new BitWriter(1); // grows from the smallest buffer
        StringBuilder expected = new StringBuilder();
        SplittableRandom random = new SplittableRandom(seed);
        for (int count : counts) {
            long value = count == 0 ? 0 : random.nextLong() >>> (64 - count);
            out.writeBits(value, count);
            for (int i = 0; i < count; i++) {
                expected.append((value >>> i) & 1);
            }
        }
        out.alignToByte();
        byte[] bytes = out.toByteArray();
        assertThat(bytes).hasSize((expected.length() + 7) / 8);
        StringBuilder actual = new StringBuilder();
        for (byte b : bytes) {
            for (int i = 0; i < 8; i++) {
                actual.append((b >>> i) & 1);
            }
        }
        assertThat(actual.substring(0, expected.length())).isEqualTo(expected.toString());
        assertThat(actual.substring(expected.length())).doesNotContain("1");
    }

    @Test
    void bytesAndBigEndianIntsGoAfterTheBits() {
        BitWriter out = new BitWriter(2);
        out.writeBits(0b101, 3);
        out.alignToByte();
        out.writeBytes(new byte[] {7, 8});
        out.writeIntBigEndian(0x01020304);
        out.setIntBigEndian(1, 0x0a0b0c0d);
        assertThat(out.toByteArray()).containsExactly(0b101, 0x0a, 0x0b, 0x0c, 0x0d, 3, 4);
    }

    @Test
    void bytesInTheMiddleOfABitStreamAreRefused() {
        BitWriter out = new BitWriter(8);
        out.writeBits(1, 1);
        assertThatThrownBy(() -> out.writeBytes(new byte[1])).hasMessageContaining("alignToByte");
    }
}
