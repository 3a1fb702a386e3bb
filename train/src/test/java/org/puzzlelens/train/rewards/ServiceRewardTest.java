package org.puzzlelens.train.rewards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.design.Designs;
import org.puzzlelens.rewards.service.RecordIndex;
import org.puzzlelens.rewards.service.RewardServer;
import org.puzzlelens.rewards.service.ServerConfig;
import org.puzzlelens.train.grpo.Scored;

/** Scoring through a running reward service on 127.0.0.1 gives what scoring in process gives. */
class ServiceRewardTest {
    private static final String TOKEN = "0123456789abcdef0123456789abcdef";

    @Test
    void theServiceScoresLikeTheLibrary() throws Exception {
        try (RewardServer server = RewardServer.start(ServerConfig.local(0, "mixture", Optional.of(TOKEN)),
                new RewardEngine(Designs.defaults()), RecordIndex.empty())) {
            URI url = URI.create(server.url());
            for (String design : new String[] {"perception", "no-accuracy", "continuous"}) {
                ServiceReward remote = new ServiceReward(url, design, TOKEN);
                var local = TrainingRewards.inProcess().reward(design);
                for (PuzzleInstance p : LibraryRewardTest.puzzles()) {
                    for (String c : LibraryRewardTest.completions(p)) {
                        Scored want = local.score(p, c);
                        Scored got = remote.score(p, c);
                        assertThat(got.total()).as(design + " on " + c).isEqualTo(want.total());
                        assertThat(got.components()).isEqualTo(want.components());
                    }
                }
            }
            PuzzleInstance clock = LibraryRewardTest.puzzles().getFirst();
            assertThatThrownBy(() -> new ServiceReward(url, "mixture", "wrong-token-wrong-token").score(clock, "x"))
                    .hasMessageContaining("401").hasMessageContaining("--reward-token-file");
            assertThatThrownBy(() -> new ServiceReward(url, "nosuch", TOKEN).score(clock, "x"))
                    .hasMessageContaining("400").hasMessageContaining("nosuch");
        }
        assertThatThrownBy(() -> new ServiceReward(URI.create("ftp://host"), "mixture", null))
                .hasMessageContaining("http(s) URL");
    }
}
