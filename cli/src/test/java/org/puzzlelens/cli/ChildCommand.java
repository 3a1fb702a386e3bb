package org.puzzlelens.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A {@code puzzlelens} command run in a child JVM, so that it can be SIGKILLed as an operator (or the
 * kernel) would. The child gets the test JVM's class path and its {@code -D}/{@code -X} settings
 * (one PyTorch thread, the offline engine cache), so it computes what an in-process run computes.
 */
final class ChildCommand {
    private final Process process;
    private final Path log;

    private ChildCommand(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    /** Starts {@code puzzlelens args...}; its standard output and error go to {@code log}. */
    static ChildCommand start(Path log, List<String> args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String option : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (option.startsWith("-D") || option.startsWith("-X") || option.startsWith("--enable-native-access")) {
                command.add(option);
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        Process p = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new ChildCommand(p, log);
    }

    boolean alive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hook, no finally block runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            throw new AssertionError("a SIGKILLed child did not end within a minute");
        }
    }

    /** Waits for the command to end by itself; returns its exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the child ran over " + seconds + " s");
        }
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(log);
    }
}
