package org.puzzlelens.rewards.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.service.RecordIndex;
import org.puzzlelens.rewards.service.RewardServer;
import org.puzzlelens.rewards.service.ServerConfig;

class BenchTest {
    @Test
    void percentilesAreNearestRank() {
        long[] ms = {1_000_000, 2_000_000, 3_000_000, 4_000_000};
        assertThat(LoadTest.percentile(ms, 0.5)).isEqualTo(2.0);
        assertThat(LoadTest.percentile(ms, 0.99)).isEqualTo(4.0);
    }

    @Test
    void sampleCompletionsScoreAsDesigned() {
        RewardTarget t = Fixtures.target(0);
        RewardEngine engine = new RewardEngine(Designs.defaults());
        assertThat(engine.score("perception", t, InProcessBench.sample(t, 0)).total())
                .isEqualTo(3.0);
        assertThat(engine.score("vanilla", t, InProcessBench.sample(t, 1)).total())
                .isEqualTo(1.0);
        assertThat(engine.score("only-accuracy", t, InProcessBench.sample(t, 2)).total())
                .isEqualTo(1.0);
        InProcessBench bench = new InProcessBench(engine, List.of(t), List.of(InProcessBench.sample(t, 0)));
        InProcessBench.Rate rate = bench.rate(engine.designs().design("mixture"), 0.05);
        assertThat(rate.perSecond()).isPositive();
        // the thread clock may not have ticked at all on a loaded machine
        assertThat(rate.cpuMicrosPerReward()).isNotNegative();
    }

    @Test
    void theLoadTestCountsEveryRequestAndRefusesOtherHosts() throws Exception {
        RewardEngine engine = new RewardEngine(Designs.defaults());
        String token = "bench-token-0123456789";
        try (RewardServer server =
                RewardServer.start(ServerConfig.local(0, "mixture", Optional.of(token)), engine, RecordIndex.empty())) {
            String body = "{\"items\": [{\"record\": " + Fixtures.record(0) + ", \"completion\": \"(A)\"}]}";
            LoadTest.Result r = new LoadTest(URI.create(server.url() + "/v1/rewards"), token).run(4, 40, List.of(body));
            assertThat(r.requests()).isEqualTo(40);
            assertThat(r.p99Millis()).isGreaterThanOrEqualTo(r.p50Millis()).isPositive();
            assertThat(r.cpuSeconds()).isPositive();
            LoadTest.Result timed = new LoadTest(URI.create(server.url() + "/v1/rewards"), token)
                    .runFor(3, Duration.ofMillis(200), List.of(body));
            assertThat(timed.seconds()).isGreaterThanOrEqualTo(0.2);
            assertThat(timed.requests()).isGreaterThanOrEqualTo(3);
            assertThatThrownBy(() -> new LoadTest(URI.create(server.url() + "/nope"), token).run(1, 1, List.of(body)))
                    .hasMessageContaining("status 404");
        }
        assertThatThrownBy(() -> new LoadTest(URI.create("http://example.org/v1/rewards"), token))
                .hasMessageContaining("only runs against loopback");
    }
}
