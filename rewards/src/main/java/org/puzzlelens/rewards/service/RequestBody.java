package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads a request body as JSON within a size limit, refusing what is not UTF-8 JSON with a 4xx. */
final class RequestBody {
    private RequestBody() {}

    /**
     * The body's bytes, checked to be within the limit, not empty and UTF-8.
     *
     * @param declaredLength the Content-Length header, or -1 when absent (chunked)
     */
    static byte[] read(InputStream in, long declaredLength, long maxBytes) throws IOException {
        if (declaredLength > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] bytes = declaredLength >= 0
                ? readDeclared(in, (int) declaredLength)
                : in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(maxBytes);
        }
        if (bytes.length == 0) {
            throw ApiError.badRequest("the request has no body; send a JSON object");
        }
        if (!isUtf8(bytes)) {
            throw ApiError.badRequest("the body is not valid UTF-8");
        }
        return bytes;
    }

    /** A body {@link #read} as a JSON object, parsed from its bytes: a decoded copy as text cost its size three times over. */
    static JsonNode tree(byte[] bytes) {
        try {
            JsonNode node = ServiceJson.MAPPER.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw ApiError.badRequest("the body must be a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw ApiError.badRequest("malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("reading JSON from memory failed", e); // no I/O happens on an array
        }
    }

    /**
     * A body of known length, read into one array of that size: {@code readNBytes(int)} reads chunks and
     * copies them into a new array at the end, twice the body's size at that moment. A body that ends
     * early comes back short, as {@code readNBytes} returns it. Read on to the end of the stream: the JDK's
     * server marks its stream as at its end only when a read says so, and closing an unmarked one drains
     * it through a new 2 KB buffer, on every request.
     */
    private static byte[] readDeclared(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        if (read == length) {
            in.read(); // -1: the declared length is all the stream holds
            return bytes;
        }
        return Arrays.copyOf(bytes, read);
    }

    /**
     * ASCII, the usual body, is UTF-8 as it stands; from the first other byte on (a sequence starts there,
     * after an ASCII byte) the text is decoded in small pieces, keeping none: the check without the memory
     * of the text, and without a decoder and its buffer for a body that needs none.
     */
    static boolean isUtf8(byte[] bytes) {
        int ascii = 0;
        while (ascii < bytes.length && bytes[ascii] >= 0) {
            ascii++;
        }
        if (ascii == bytes.length) {
            return true;
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, ascii, bytes.length - ascii);
        CharBuffer out = CharBuffer.allocate(Math.min(8192, bytes.length - ascii));
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return false;
            }
            if (r.isUnderflow()) {
                return !decoder.flush(out.clear()).isError();
            }
            out.clear();
        }
    }

    private static ApiError tooLarge(long maxBytes) {
        return new ApiError(
                413,
                "the body is larger than the service's limit of " + maxBytes
                        + " bytes; send smaller batches or raise --max-body-mb");
    }
}
