package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GateTest {
    private final Gate gate = new Gate(Optional.empty(), 8 * 1024, Duration.ofMillis(50));

    @Test
    void bodiesInFlightShareOneBodyLimitAndGiveItBack() {
        int first = gate.reserveBody(5 * 1024);
        int second = gate.reserveBody(3 * 1024);
        assertThatThrownBy(() -> gate.reserveBody(1))
                .isInstanceOfSatisfying(ApiError.class, e -> {
                    assertThat(e.status()).isEqualTo(503);
                    assertThat(e.code()).isEqualTo("busy");
                    assertThat(e.retryAfterSeconds()).isEqualTo(1); // the answer's Retry-After
                })
                .hasMessageContaining("retry shortly");
        gate.releaseBody(first);
        assertThat(gate.reserveBody(4 * 1024)).isEqualTo(4);
        gate.releaseBody(second);
    }

    @Test
    void aBodyOfUnknownLengthHoldsTheWholeLimitAndAnEmptyOneAKibibyte() {
        int chunked = gate.reserveBody(-1);
        assertThat(chunked).isEqualTo(8);
        assertThatThrownBy(() -> gate.reserveBody(0)).isInstanceOf(ApiError.class);
        gate.releaseBody(chunked);
        assertThat(gate.reserveBody(0)).isEqualTo(1);
    }

    /** Whether the leaving request runs before close begins to wait or while it waits, close sees it go. */
    @Test
    void closeWaitsForTheRequestInFlightAndRefusesNewOnes() throws Exception {
        assertThat(gate.enter()).isTrue();
        Thread leaver = Thread.ofPlatform().start(gate::leave);
        assertThat(gate.close(60_000)).isTrue();
        leaver.join();
        assertThat(gate.inFlight()).isZero();
        assertThat(gate.enter()).isFalse();
        assertThat(gate.inFlight()).isZero();
    }

    @Test
    void closeGivesUpOnARequestThatDoesNotLeaveInTime() throws Exception {
        assertThat(gate.enter()).isTrue();
        assertThat(gate.close(20)).isFalse();
        gate.leave();
        assertThat(gate.close(20)).isTrue();
    }
}
