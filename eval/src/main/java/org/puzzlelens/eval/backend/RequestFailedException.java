package org.puzzlelens.eval.backend;

/** A request that failed for good after its retries; the run records it and a rerun retries it. */
public class RequestFailedException extends Exception {
    private final int attempts;

    public RequestFailedException(String message, int attempts) {
        super(message);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
