package org.puzzlelens.rewards.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every route shares: the token, the body limit, the count of requests in flight, which lets
 * shutdown refuse new requests and wait for the running ones, and the budget of request bodies.
 *
 * <p>The budget bounds the Java heap the requests in flight take: each request holds its body's
 * length (or the body limit, when chunked) from before its body is read until its answer is sent, and
 * the bodies held together stay within one body limit. A request with no room waits (its body stays
 * in the socket) up to {@link #BODY_WAIT}, then gets 503 with {@code Retry-After}. What a request costs
 * the heap grows with its body (the body's bytes, its text, its JSON tree, the answer), so a heap of a
 * few times the body limit plus the record index serves any load (docs/RELIABILITY.md).
 */
final class Gate {
    /** Shorter than the request-time limit of {@link HttpLimits}, which would close the waiting connection. */
    static final Duration BODY_WAIT = Duration.ofSeconds(10);

    private static final int KIB = 1024;

    private final Optional<String> token;
    private final byte[] tokenBytes;
    private final long maxBodyBytes;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean closing = new AtomicBoolean();
    // fair, so that a large body waiting for room is not overtaken by small ones forever
    private final Semaphore bodyKib;
    private final Duration bodyWait;

    Gate(Optional<String> token, long maxBodyBytes, Duration bodyWait) {
        this.token = token;
        this.tokenBytes = token.map(t -> t.getBytes(StandardCharsets.UTF_8)).orElse(null);
        this.maxBodyBytes = maxBodyBytes;
        this.bodyKib = new Semaphore(kib(maxBodyBytes), true);
        this.bodyWait = bodyWait;
    }

    Gate(Optional<String> token, long maxBodyBytes) {
        this(token, maxBodyBytes, BODY_WAIT);
    }

    /**
     * Takes room for a body of {@code declaredLength} bytes (-1: unknown, as chunked) from the budget,
     * waiting up to the gate's body wait ({@link #BODY_WAIT} in the service).
     *
     * @return the room taken, to give back with {@link #releaseBody}
     * @throws ApiError 503 when no room came in time
     */
    int reserveBody(long declaredLength) {
        int want = kib(declaredLength < 0 ? maxBodyBytes : Math.min(declaredLength, maxBodyBytes));
        try {
            if (bodyKib.tryAcquire(want, bodyWait.toMillis(), TimeUnit.MILLISECONDS)) {
                return want;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw ApiError.busy("the service holds as many request bodies as its memory allows (" + (maxBodyBytes >> 20)
                + " MB in all); retry shortly, or send smaller batches");
    }

    void releaseBody(int kib) {
        bodyKib.release(kib);
    }

    private static int kib(long bytes) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (bytes + KIB - 1) / KIB));
    }

    Optional<String> token() {
        return token;
    }

    /** Whether a client gave the token, compared in time that does not depend on where they differ. */
    boolean isToken(String given) {
        return tokenBytes != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), tokenBytes);
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

    /**
     * Counts a request out. Only a closing gate has a waiter to wake: taking the monitor on every request
     * made the requests in flight queue for it. The count and the flag are both volatile, so either this
     * sees the flag set or {@link #close} sees this count.
     */
    void leave() {
        inFlight.decrementAndGet();
        if (closing.get()) {
            synchronized (inFlight) {
                inFlight.notifyAll();
            }
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
