package org.puzzlelens.rewards.service;

/** A request the service refuses: the status and a message that says what to change. */
public final class ApiError extends RuntimeException {
    private final int status;
    private final String code;
    private final int retryAfterSeconds;

    public ApiError(int status, String message) {
        this(status, null, 0, message);
    }

    private ApiError(int status, String code, int retryAfterSeconds, String message) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** 503 for a service that is up but has no room for the request now: the client should retry in a second. */
    public static ApiError busy(String message) {
        return new ApiError(503, "busy", 1, message);
    }

    public static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    public int status() {
        return status;
    }

    /** The seconds after which a retry may succeed ({@code Retry-After}), or 0 for a refusal that stands. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** A short machine-readable name for the status. */
    public String code() {
        if (code != null) {
            return code;
        }
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            case 503 -> "shutting_down";
            default -> "error";
        };
    }
}
