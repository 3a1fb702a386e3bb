package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RequestBodyTest {
    /**
     * The check agrees with the JDK's strict decoder of the whole body, on ASCII runs mixed with the byte
     * values that make or break UTF-8 sequences (continuations, lead bytes, surrogates and overlong forms).
     */
    @Property(tries = 2000)
    void theUtf8CheckAgreesWithTheJdksStrictDecoder(@ForAll("bodies") byte[] body) {
        assertThat(RequestBody.isUtf8(body)).isEqualTo(decodesStrictly(body));
    }

    @Provide
    Arbitrary<byte[]> bodies() {
        List<Integer> telling = List.of(
                0x00, 0x41, 0x7F, 0x80, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF, 0xA0, 0x9F,
                0x90, 0x8F);
        Arbitrary<Integer> oneByte = Arbitraries.oneOf(
                Arbitraries.of(telling),
                Arbitraries.integers().between(0x20, 0x7E),
                Arbitraries.integers().between(0, 255));
        return oneByte.list().ofMaxSize(24).map(values -> {
            byte[] bytes = new byte[values.size()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) values.get(i).intValue();
            }
            return bytes;
        });
    }

    private static boolean decodesStrictly(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    @Test
    void aLongBodyIsCheckedPastItsAsciiStartAndPastTheDecodersBuffer() {
        String text = "a".repeat(10_000) + "é" + "b".repeat(20_000) + "€";
        byte[] good = text.getBytes(StandardCharsets.UTF_8);
        assertThat(RequestBody.isUtf8(good)).isTrue();
        byte[] bad = good.clone();
        bad[bad.length - 1] = (byte) 0x41; // the euro sign's last byte replaced: a cut sequence
        assertThat(RequestBody.isUtf8(bad)).isFalse();
    }

    /**
     * The declared body is read whole and then the stream until it says it has ended: the JDK's server
     * drains a stream not seen to end through a new buffer when the exchange closes.
     */
    @Test
    void aDeclaredBodyIsReadUntilItsStreamSaysItEnded() throws Exception {
        byte[] body = "{\"items\": []}".getBytes(StandardCharsets.UTF_8);
        boolean[] endSeen = {false};
        InputStream in = new FilterInputStream(new ByteArrayInputStream(body)) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                endSeen[0] |= b < 0;
                return b;
            }

            @Override
            public int read(byte[] into, int off, int len) throws IOException {
                int n = super.read(into, off, len);
                endSeen[0] |= n < 0;
                return n;
            }
        };
        assertThat(RequestBody.tree(RequestBody.read(in, body.length, 1024)).has("items"))
                .isTrue();
        assertThat(endSeen[0]).isTrue();
    }
}
