package org.puzzlelens.rewards.service;

import java.time.Duration;
import java.util.Optional;

/**
 * How the reward service listens.
 *
 * @param host the interface to bind; 127.0.0.1 unless told otherwise
 * @param port 0 picks a free port
 * @param design the design used where a request names none
 * @param token the bearer token every request except {@code /health} must carry; empty turns
 *     authentication off
 * @param maxBodyBytes larger request bodies get 413
 * @param maxItems larger batches get 413
 * @param drain how long shutdown waits for requests in flight
 */
public record ServerConfig(
        String host, int port, String design, Optional<String> token, long maxBodyBytes, int maxItems, Duration drain) {
    public static final long DEFAULT_MAX_BODY = 64L << 20;
    public static final int DEFAULT_MAX_ITEMS = 65_536;

    public ServerConfig {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0..65535, got " + port);
        }
        if (maxBodyBytes < 1 || maxItems < 1) {
            throw new IllegalArgumentException("size limits must be positive");
        }
        token.ifPresent(t -> {
            if (t.length() < 16) {
                throw new IllegalArgumentException("the token must have at least 16 characters");
            }
        });
    }

    public static ServerConfig local(int port, String design, Optional<String> token) {
        return new ServerConfig(
                "127.0.0.1", port, design, token, DEFAULT_MAX_BODY, DEFAULT_MAX_ITEMS, Duration.ofSeconds(30));
    }
}
