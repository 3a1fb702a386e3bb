package org.puzzlelens.eval.backend;

import java.time.Duration;

/**
 * Retries of one request: exponential backoff from {@code baseDelay}, doubled per attempt up to
 * {@code maxDelay}, with jitter, unless the server says how long to wait (Retry-After).
 *
 * @param attempts the most attempts per request, the first included
 */
public record RetryPolicy(int attempts, Duration baseDelay, Duration maxDelay) {
    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be >= 1, got " + attempts);
        }
    }

    public static RetryPolicy standard(int retries) {
        return new RetryPolicy(retries + 1, Duration.ofSeconds(1), Duration.ofSeconds(60));
    }

    /** The wait before attempt {@code attempt + 1}, with jitter in [delay/2, delay]. */
    public Duration backoff(int attempt, double jitter) {
        long base = baseDelay.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxDelay.toMillis());
        return Duration.ofMillis((long) (capped * (0.5 + 0.5 * jitter)));
    }
}
