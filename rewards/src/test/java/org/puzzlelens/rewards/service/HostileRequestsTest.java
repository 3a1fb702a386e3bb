package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.testing.HostileRequests;

/** The hostile-request corpus (shared with the model server's test) against both reward endpoints. */
class HostileRequestsTest {
    private static final String AUTH = "Authorization: Bearer " + ServiceFixture.TOKEN + "\r\n";

    private static List<HostileRequests> corpus() {
        List<HostileRequests> both = new ArrayList<>(HostileRequests.corpus("/v1/rewards", AUTH));
        both.addAll(HostileRequests.corpus("/get_reward", AUTH));
        return both;
    }

    private static boolean healthy(ServiceFixture service) throws Exception {
        return service.send(HttpRequest.newBuilder(service.uri("/health")).GET())
                        .statusCode()
                == 200;
    }

    @Test
    void eachHostileRequestIsRefusedClearlyAndTheServiceKeepsAnswering() throws Exception {
        try (ServiceFixture service = new ServiceFixture()) {
            HostileRequests.assertEachRefusedClearlyAndServerStillAnswers(
                    service.server.port(), corpus(), () -> healthy(service));
        }
    }

    /**
     * Fault suite (profile {@code faults}): the corpus from 32 clients at once for
     * {@code -Dfaults.seconds=N} (default 30); prints the figures for docs/RELIABILITY.md.
     */
    @Test
    @Tag("fault")
    void theCorpusUnderLoadGetsItsStatusEveryTimeAndTheServiceStillAnswers() throws Exception {
        try (ServiceFixture service = new ServiceFixture()) {
            int seconds = Integer.getInteger("faults.seconds", 30);
            HostileRequests.Load load =
                    HostileRequests.load(service.server.port(), corpus(), 32, Duration.ofSeconds(seconds));
            assertThat(load.wrong()).as(load.firstWrong()).isZero();
            assertThat(healthy(service)).isTrue();
            System.out.printf(
                    "reward service hostile load: %d requests in %d s from 32 clients, all as expected; "
                            + "peak heap %d MB%n",
                    load.requests(), seconds, load.peakHeapBytes() >> 20);
        }
    }
}
