package org.puzzlelens.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(
        name = "rewards",
        mixinStandardHelpOptions = true,
        description =
                "Reward designs for GRPO: list them, serve them over HTTP, score past completions, benchmark them.",
        subcommands = {
            RewardsListCommand.class,
            RewardsServeCommand.class,
            RewardsScoreCommand.class,
            RewardsBenchCommand.class
        })
final class RewardsCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
