package org.puzzlelens.train.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.service.RecordIndex;
import org.puzzlelens.rewards.service.RewardServer;
import org.puzzlelens.rewards.service.ServerConfig;
import org.puzzlelens.train.grpo.Rollout;
import org.puzzlelens.train.grpo.Scored;

/** Scoring through a running reward service on 127.0.0.1 gives what scoring in process gives. */
class ServiceRewardTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void theServiceScoresLikeTheLibrary() throws Exception {
        try (RewardServer server = RewardServer.start(
                ServerConfig.local(0, "mixture", Optional.of(TOKEN)),
                new RewardEngine(Designs.defaults()),
                RecordIndex.empty())) {
            URI url = URI.create(server.url());
            for (String design : new String[] {"perception", "no-accuracy", "continuous"}) {
                ServiceReward remote = new ServiceReward(url, design, TOKEN);
                var local = TrainingRewards.inProcess().reward(design);
                List<Rollout> rollouts = new ArrayList<>();
                for (PuzzleInstance p : LibraryRewardTest.puzzles()) {
                    for (String c : LibraryRewardTest.completions(p)) {
                        rollouts.add(new Rollout(p, c));
                    }
                }
                List<Scored> want = local.score(rollouts);
                List<Scored> got = remote.score(rollouts);
                assertThat(got).hasSameSizeAs(rollouts);
                for (int i = 0; i < rollouts.size(); i++) {
                    assertThat(got.get(i).total())
                            .as(design + " on " + rollouts.get(i).completion())
                            .isEqualTo(want.get(i).total());
                    assertThat(got.get(i).components()).isEqualTo(want.get(i).components());
                    assertThat(got.get(i).behaviour()).isEqualTo(want.get(i).behaviour());
                }
            }
            PuzzleInstance clock = LibraryRewardTest.puzzles().getFirst();
            assertThatThrownBy(() -> new ServiceReward(url, "mixture", "wrong-token-wrong-token").score(clock, "x"))
                    .hasMessageContaining("401")
                    .hasMessageContaining("--reward-token-file");
            assertThatThrownBy(() -> new ServiceReward(url, "nosuch", TOKEN).score(clock, "x"))
                    .hasMessageContaining("400")
                    .hasMessageContaining("nosuch");
        }
        assertThatThrownBy(() -> new ServiceReward(URI.create("ftp://host"), "mixture", null))
                .hasMessageContaining("http(s) URL");
    }

    @Test
    void aStepsRolloutsGoInOneRequest() throws Exception {
        List<Rollout> rollouts = new ArrayList<>();
        for (PuzzleInstance p : LibraryRewardTest.puzzles()) {
            for (String c : LibraryRewardTest.completions(p)) {
                rollouts.add(new Rollout(p, c));
            }
        }
        List<Integer> itemsPerRequest = new CopyOnWriteArrayList<>();
        HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        stub.createContext("/v1/rewards", exchange -> {
            int items = Json.MAPPER
                    .readTree(exchange.getRequestBody())
                    .path("items")
                    .size();
            itemsPerRequest.add(items);
            ObjectNode body = Json.object();
            for (int i = 0; i < items; i++) {
                ObjectNode result = body.withArray("results").addObject();
                result.putObject("rewards").putObject("vanilla").put("total", i).putObject("components");
                result.putObject("behaviour")
                        .put("characters", i)
                        .put("reasoning_characters", 0)
                        .put("reasoning_steps", 0)
                        .put("self_reflections", 0)
                        .put("visual_references", 0);
                result.putObject("answer").put("correct", false);
            }
            byte[] bytes = Json.line(body).getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        stub.start();
        try {
            URI url = URI.create("http://127.0.0.1:" + stub.getAddress().getPort());
            List<Scored> scores = new ServiceReward(url, "vanilla", null).score(rollouts);
            assertThat(itemsPerRequest).containsExactly(rollouts.size());
            assertThat(scores)
                    .extracting(Scored::total)
                    .containsExactlyElementsOf(IntStream.range(0, rollouts.size())
                            .mapToObj(i -> (double) i)
                            .toList());
            assertThat(scores.getLast().behaviour().characters()).isEqualTo(rollouts.size() - 1);
        } finally {
            stub.stop(0);
        }
    }
}
