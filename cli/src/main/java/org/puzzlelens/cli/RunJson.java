package org.puzzlelens.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * A run folder's {@code run.json}: how its contents were made. The resolved configuration (every
 * option's value, defaults included) and the seeds once; then one session per invocation (a resumed
 * run adds one) with the command line, the commit and whether the working tree was dirty, the JDK and
 * the machine, and the start, end and duration of each phase. Rewritten after every phase, so that a
 * killed run leaves what it did.
 */
final class RunJson {
    static final String FILE = "run.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static volatile RunJson current;

    private final Path file;
    private final ObjectNode root;
    private final ObjectNode session;
    private final List<String> configDifferences;
    private String phase;
    private Instant phaseStart;

    private RunJson(Path file, ObjectNode root, ObjectNode session, List<String> configDifferences) {
        this.file = file;
        this.root = root;
        this.session = session;
        this.configDifferences = List.copyOf(configDifferences);
    }

    /**
     * Opens (or starts) the record of a run folder and adds this invocation's session.
     *
     * @param config the resolved configuration: option name to value
     * @param ignored options that do not change what the run makes (output folder, threads...): not compared
     * @param refuseChange refuse, leaving the record as it was, when the folder was made with another configuration
     * @throws IllegalArgumentException refusing, with the differences and what to do
     */
    static RunJson start(
            Path file,
            String command,
            List<String> args,
            Map<String, Object> config,
            Set<String> ignored,
            boolean refuseChange)
            throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        // through text, so that a number compares equal to itself read back (an int node, not a long one)
        ObjectNode wanted = (ObjectNode) JSON.readTree(JSON.writeValueAsString(new TreeMap<>(config)));
        ObjectNode root;
        List<String> differences = new ArrayList<>();
        ObjectNode earlier = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : null;
        // a record of another command (a train run's folder reused by a study) is no configuration to compare with
        if (earlier != null && command.equals(earlier.path("command").asText())) {
            root = earlier;
            differences.addAll(differences(root.path("config"), wanted, ignored));
            if (refuseChange && !differences.isEmpty()) {
                throw new IllegalArgumentException(file.getParent() + " was made with another configuration ("
                        + String.join("; ", differences) + "); continuing would mix the two. Use another --out, "
                        + "rerun with the earlier values, or add --force to redo the parts the change makes stale");
            }
        } else {
            root = JSON.createObjectNode();
            root.put("command", command);
        }
        root.set("config", wanted);
        ObjectNode seeds = root.putObject("seeds");
        wanted.properties().stream()
                .filter(e -> e.getKey().contains("seed"))
                .forEach(e -> seeds.set(e.getKey(), e.getValue()));
        ArrayNode sessions = root.has("sessions") ? (ArrayNode) root.get("sessions") : root.putArray("sessions");
        ObjectNode session = sessions.addObject();
        ArrayNode line = session.putArray("command_line");
        line.add("puzzlelens");
        args.forEach(line::add);
        session.put("started", Instant.now().toString());
        Optional<Path> repo = sourceTree();
        session.put("commit", repo.flatMap(r -> git(r, "rev-parse", "HEAD")).orElse(null));
        session.put(
                "dirty",
                repo.flatMap(r -> git(r, "status", "--porcelain"))
                        .map(s -> !s.isBlank())
                        .orElse(null));
        ObjectNode machine = session.putObject("machine");
        machine.put("java", System.getProperty("java.version"));
        machine.put("java_vendor", System.getProperty("java.vendor"));
        machine.put("vm", System.getProperty("java.vm.name"));
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        machine.put("arch", System.getProperty("os.arch"));
        machine.put("cpus", Runtime.getRuntime().availableProcessors());
        machine.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
        machine.put("load_average", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        session.putArray("phases");
        RunJson run = new RunJson(file, root, session, differences);
        run.save();
        current = run;
        return run;
    }

    /** The record of the run in progress in this process, if a command started one. */
    static Optional<RunJson> current() {
        return Optional.ofNullable(current);
    }

    /** How the configuration differs from the one the folder was made with ("seed: 1 -> 2"); empty when the same. */
    List<String> configDifferences() {
        return configDifferences;
    }

    /** Ends the phase in progress (if any) and starts the next. */
    synchronized void phase(String name) {
        endPhase();
        phase = name;
        phaseStart = Instant.now();
    }

    /** Ends the session: the last phase, the exit code and the duration. */
    synchronized void finish(int exitCode) {
        endPhase();
        Instant end = Instant.now();
        session.put("ended", end.toString());
        session.put("seconds", seconds(Instant.parse(session.get("started").asText()), end));
        session.put("exit_code", exitCode);
        save();
        current = null;
    }

    private void endPhase() {
        if (phase == null) {
            return;
        }
        Instant end = Instant.now();
        ((ArrayNode) session.get("phases"))
                .addObject()
                .put("name", phase)
                .put("started", phaseStart.toString())
                .put("ended", end.toString())
                .put("seconds", seconds(phaseStart, end));
        phase = null;
        save();
    }

    private static double seconds(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 1000.0;
    }

    private void save() {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            JSON.writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    static List<String> differences(JsonNode was, JsonNode now, Set<String> ignored) {
        Set<String> keys = new java.util.TreeSet<>();
        was.fieldNames().forEachRemaining(keys::add);
        now.fieldNames().forEachRemaining(keys::add);
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            if (!ignored.contains(k) && !was.path(k).equals(now.path(k))) {
                out.add(k + ": " + text(was.get(k)) + " -> " + text(now.get(k)));
            }
        }
        return out;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? "(unset)" : n.isTextual() ? n.asText() : n.toString();
    }

    /** The git working tree this program was built from, found above its jar or classes folder. */
    private static Optional<Path> sourceTree() {
        try {
            Path p = Path.of(RunJson.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toAbsolutePath();
            for (; p != null; p = p.getParent()) {
                if (Files.exists(p.resolve(".git"))) {
                    return Optional.of(p);
                }
            }
        } catch (URISyntaxException | SecurityException e) {
            // no code source: no commit to record
        }
        return Optional.empty();
    }

    private static Optional<String> git(Path repo, String... args) {
        List<String> command = new ArrayList<>(List.of("git", "-C", repo.toString()));
        command.addAll(List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty(); // no git on this machine
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
