package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.testing.HostileRequests;

/**
 * Fault suite (Maven profile {@code faults}): the hostile-request corpus sent by many clients at once
 * for {@code -Dfaults.seconds=N} (default 30). Every request gets its status, and the service answers
 * {@code /health} afterwards. Prints the figures for docs/RELIABILITY.md.
 */
@Tag("fault")
class HostileLoadTest {
    @Test
    void theCorpusUnderLoadGetsItsStatusEveryTimeAndTheServiceStillAnswers() throws Exception {
        try (ServiceFixture service = new ServiceFixture()) {
            String auth = "Authorization: Bearer " + ServiceFixture.TOKEN + "\r\n";
            List<HostileRequests> corpus = new ArrayList<>(HostileRequests.corpus("/v1/rewards", auth));
            corpus.addAll(HostileRequests.corpus("/get_reward", auth));
            int seconds = Integer.getInteger("faults.seconds", 30);
            HostileRequests.Load load = HostileRequests.load(service.server.port(), corpus, 32, Duration.ofSeconds(seconds));
            assertThat(load.wrong()).as(load.firstWrong()).isZero();
            assertThat(service.send(HttpRequest.newBuilder(service.uri("/health")).GET()).statusCode()).isEqualTo(200);
            System.out.printf("reward service hostile load: %d requests in %d s from 32 clients, all as expected; "
                    + "peak heap %d MB%n", load.requests(), seconds, load.peakHeapBytes() >> 20);
        }
    }
}
