package org.puzzlelens.eval.backend.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * A pause shared by every request of one backend. When the server says to wait (a 429 with
 * Retry-After, or rate-limit headers showing nothing left until a reset), all requests wait, not
 * only the one that was told: sending more would only earn more 429s.
 */
final class RateGate {
    private final Clock clock;
    private Instant openAt = Instant.MIN;

    RateGate(Clock clock) {
        this.clock = clock;
    }

    synchronized void closeUntil(Instant until) {
        if (until.isAfter(openAt)) {
            openAt = until;
        }
    }

    /** Blocks until the gate is open. */
    void awaitOpen() throws InterruptedException {
        while (true) {
            Duration wait;
            synchronized (this) {
                wait = Duration.between(clock.instant(), openAt);
            }
            if (wait.isNegative() || wait.isZero()) {
                return;
            }
            Thread.sleep(wait);
        }
    }
}
