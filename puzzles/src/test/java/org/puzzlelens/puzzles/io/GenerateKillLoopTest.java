package org.puzzlelens.puzzles.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;

/**
 * Fault suite (Maven profile {@code faults}): a generating process is SIGKILLed at random instants,
 * again and again, in one folder; finishing it then must give the files of an uninterrupted run,
 * byte for byte. Rounds: {@code -Dfaults.rounds=N} (default 20).
 */
@Tag("fault")
class GenerateKillLoopTest {
    private static final int COUNT = 40;

    @TempDir
    Path dir;

    static SuiteSpec spec() {
        return new SuiteSpec(Registry.get().select("clock,maze"), COUNT, 11, Preset.ALGOPUZZLEVQA, 96);
    }

    @Test
    void killedAtRandomInstantsThenFinishedEqualsAnUninterruptedRun() throws Exception {
        Path whole = dir.resolve("whole");
        new SuiteWriter(2).write(whole, spec(), Progress.NONE);
        Path killed = dir.resolve("killed");
        int rounds = Integer.getInteger("faults.rounds", 20);
        SplittableRandom rng = new SplittableRandom(42);
        int midRun = 0;
        for (int round = 0; round < rounds; round++) {
            Process child = new ProcessBuilder(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "-cp",
                            System.getProperty("java.class.path"),
                            Writer.class.getName(),
                            killed.toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            Thread.sleep(rng.nextInt(300, 3000));
            if (child.isAlive()) {
                midRun++;
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        new SuiteWriter(2).write(killed, spec(), Progress.NONE);
        Map<String, byte[]> expected = contents(whole);
        Map<String, byte[]> got = contents(killed);
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) -> assertThat(got.get(name)).as(name).isEqualTo(bytes));
        System.out.printf("generate kill loop: %d kills, %d mid-run, %d files identical%n", rounds, midRun, got.size());
    }

    private static Map<String, byte[]> contents(Path root) throws IOException {
        Map<String, byte[]> out = new HashMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = root.relativize(f).toString();
                if (!name.equals(RunLock.FOLDER_LOCK) && !name.endsWith(".tmp")) { // the lock holds the last pid
                    out.put(name, Files.readAllBytes(f));
                }
            }
        }
        return out;
    }

    /** The process that gets killed. */
    public static final class Writer {
        public static void main(String[] args) throws IOException {
            new SuiteWriter(2).write(Path.of(args[0]), spec(), Progress.NONE);
        }
    }
}
