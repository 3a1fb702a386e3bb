package org.puzzlelens.train.serve;

import java.util.Optional;

/**
 * What the chat server accepts, so that no request can hang it or exhaust its memory.
 *
 * @param maxBodyBytes largest request body (answered 413 beyond)
 * @param maxTextChars most characters of prompt text in the user message
 * @param maxImagePixels most pixels an image may declare, checked before it is decoded (decompression bombs)
 * @param queue requests that may wait while one generates; more get 503 with {@code Retry-After}
 * @param token the bearer token every request must carry, or empty for none
 */
public record ServeLimits(int maxBodyBytes, int maxTextChars, long maxImagePixels, int queue, Optional<String> token) {
    public static final int DEFAULT_QUEUE = 8;

    public ServeLimits {
        if (maxBodyBytes <= 0 || maxTextChars <= 0 || maxImagePixels <= 0 || queue < 0) {
            throw new IllegalArgumentException("serve limits must be positive (the queue may be 0)");
        }
    }

    /** 16 MiB bodies, 65,536 characters of text, 4096 x 4096 pixels, a queue of 8, no token. */
    public static ServeLimits defaults() {
        return new ServeLimits(16 << 20, 65_536, 4096L * 4096, DEFAULT_QUEUE, Optional.empty());
    }

    public ServeLimits withQueue(int newQueue) {
        return new ServeLimits(maxBodyBytes, maxTextChars, maxImagePixels, newQueue, token);
    }

    public ServeLimits withToken(Optional<String> newToken) {
        return new ServeLimits(maxBodyBytes, maxTextChars, maxImagePixels, queue, newToken);
    }
}
