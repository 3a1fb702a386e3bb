package org.puzzlelens.puzzles.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One writer per folder or file, across processes, and no stale lock after a kill. */
class RunLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondLockInThisProcessIsRefusedUntilTheFirstIsReleased() throws Exception {
        Path results = dir.resolve("runs/r.jsonl");
        try (RunLock first = RunLock.file(results)) {
            assertThatThrownBy(() -> RunLock.file(results))
                    .isInstanceOf(RunLock.RunLockedException.class)
                    .hasMessageContaining(results + " is being written")
                    .hasMessageContaining("r.jsonl.lock");
        }
        try (RunLock again = RunLock.file(results)) {
            assertThat(dir.resolve("runs/r.jsonl.lock")).exists();
        }
    }

    @Test
    void anotherProcessIsRefusedWhileItRunsAndTheLockIsFreeOnceItIsKilled() throws Exception {
        Path run = dir.resolve("run");
        Process holder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        run.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            assertThat(out.readLine()).isEqualTo("locked"); // blocks until the child holds the lock
            assertThatThrownBy(() -> RunLock.folder(run))
                    .isInstanceOf(RunLock.RunLockedException.class)
                    .hasMessageContaining("(process " + holder.pid() + ",");
            holder.destroyForcibly(); // SIGKILL: no shutdown hook, no release by the process itself
            assertThat(holder.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }
        try (RunLock after = RunLock.folder(run)) {
            assertThat(run.resolve(RunLock.FOLDER_LOCK)).exists();
        }
    }

    /** Holds a folder's lock until killed. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            RunLock lock = RunLock.folder(Path.of(args[0]));
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
            lock.close();
        }
    }
}
