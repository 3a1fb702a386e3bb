package org.puzzlelens.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;

/** A command whose output folder gets a {@code run.json} (see {@link RunJson}); {@link Main} writes it around the run. */
interface RecordedRun {
    /** The run record to write, or null when this invocation makes nothing (a dry run, --print-config). */
    Path runRecord();

    /** Options that do not change what the run makes (folders, threads), left out of the comparison of configurations. */
    default Set<String> notConfiguration() {
        return Set.of();
    }

    /** A file of option values to run with (study --config), or null; flags on the command line win over it. */
    default Path configFile() {
        return null;
    }

    /** The configuration to record: every option's value, defaults included (a command may resolve more). */
    default Map<String, Object> configuration(CommandLine self) {
        return Main.configuration(self);
    }

    /** Whether a rerun into the folder with another configuration is refused (rather than mixed into it). */
    default boolean refusesChangedConfiguration() {
        return false;
    }
}
