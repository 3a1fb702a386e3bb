package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.SuiteRecords;
import org.puzzlelens.rewards.service.RecordIndex;
import picocli.CommandLine.Option;

/** A suite whose records are found by id. */
final class SuiteIndexOption {
    @Option(
            names = "--suite",
            paramLabel = "DIR",
            description = "suite folder (from `puzzlelens generate`) whose records are found by id")
    Path suite;

    RecordIndex index() throws IOException {
        if (suite == null) {
            return RecordIndex.empty();
        }
        return RecordIndex.of(SuiteRecords.read(suite), suite.toString(), Registry.get(), new ProgressBars());
    }
}
