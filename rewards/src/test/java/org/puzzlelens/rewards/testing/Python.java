package org.puzzlelens.rewards.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs python3 for the tests that check our files and service with Python's own standard library. */
public final class Python {
    private Python() {}

    /** Skips the calling test where python3 is missing. */
    public static void assumeAvailable() {
        boolean available;
        try {
            available = new ProcessBuilder("python3", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            available = false;
        }
        assumeTrue(available, "python3 is needed for this test");
    }

    /** Runs python3 with the arguments and returns its standard output; fails the test on a non-zero exit. */
    public static String run(String... arguments) throws Exception {
        return run(Map.of(), arguments);
    }

    public static String run(Map<String, String> environment, String... arguments) throws Exception {
        assumeAvailable();
        List<String> command = new ArrayList<>(List.of("python3"));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(environment);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out.strip();
    }
}
