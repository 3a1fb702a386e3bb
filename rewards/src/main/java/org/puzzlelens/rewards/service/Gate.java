package org.puzzlelens.rewards.service;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every route shares: the token, the body limit, and the count of requests in flight, which
 * lets shutdown refuse new requests and wait for the running ones.
 */
final class Gate {
    private final Optional<String> token;
    private final long maxBodyBytes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();

    Gate(Optional<String> token, long maxBodyBytes) {
        this.token = token;
        this.maxBodyBytes = maxBodyBytes;
    }

    Optional<String> token() {
        return token;
    }

    long maxBodyBytes() {
        return maxBodyBytes;
    }

    /** Counts a request in; false once shutdown has begun. */
    boolean enter() {
        inFlight.incrementAndGet();
        if (closing.get()) {
            leave();
            return false;
        }
        return true;
    }

    void leave() {
        synchronized (inFlight) {
            inFlight.decrementAndGet();
            inFlight.notifyAll();
        }
    }

    int inFlight() {
        return inFlight.get();
    }

    /** Refuses new requests, then waits up to {@code millis} for those in flight; true when all finished. */
    boolean close(long millis) throws InterruptedException {
        closing.set(true);
        long deadline = System.currentTimeMillis() + millis;
        synchronized (inFlight) {
            while (inFlight.get() > 0) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0) {
                    return false;
                }
                inFlight.wait(left);
            }
        }
        return true;
    }
}
