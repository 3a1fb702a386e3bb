package org.puzzlelens.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.puzzlelens.rewards.service.TokenFile;
import org.puzzlelens.train.rewards.ServiceReward;
import org.puzzlelens.train.rewards.TrainingRewards;
import picocli.CommandLine.Option;

/** Where `train` and `study` take their rewards from: the library in process, or a running reward service. */
final class RewardSourceOptions {
    @Option(
            names = "--reward-config",
            paramLabel = "FILE.json",
            description =
                    "reward design config: parameters and designs (docs/REWARDS.md). Default: the built-in designs")
    Path config;

    @Option(
            names = "--reward-url",
            paramLabel = "URL",
            description =
                    "score through a running `puzzlelens rewards serve` (e.g. http://127.0.0.1:8000) instead of in process")
    URI url;

    @Option(
            names = "--reward-token-file",
            paramLabel = "FILE",
            description =
                    "the service's bearer token file (printed by `rewards serve`). Default: ~/.puzzlelens/reward-token "
                            + "when it exists, else no token")
    Path tokenFile;

    TrainingRewards source() throws IOException {
        if (url == null) {
            if (tokenFile != null) {
                throw new IllegalArgumentException("--reward-token-file needs --reward-url");
            }
            return new TrainingRewards(config, null, null);
        }
        if (config != null) {
            throw new IllegalArgumentException(
                    "--reward-config applies in process; with --reward-url the service's own "
                            + "--config decides the designs");
        }
        Path file = tokenFile != null ? tokenFile : TokenFile.defaultPath();
        boolean useToken = tokenFile != null || Files.isRegularFile(file);
        return new TrainingRewards(null, url, useToken ? ServiceReward.readToken(file) : null);
    }
}
