package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.puzzlelens.rewards.design.DesignConfig;
import org.puzzlelens.rewards.design.Designs;
import picocli.CommandLine.Option;

/** The reward designs a command uses: the built-in ones, or as a config file sets them. */
final class DesignOptions {
    @Option(
            names = "--config",
            paramLabel = "FILE.json",
            description = "design config: parameters and designs (see docs/REWARDS.md). Default: the built-in designs")
    Path config;

    Designs designs() throws IOException {
        return config == null ? Designs.defaults() : DesignConfig.read(config);
    }
}
