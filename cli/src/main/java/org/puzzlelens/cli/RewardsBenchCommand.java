package org.puzzlelens.cli;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.Records;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.bench.HeapPeak;
import org.puzzlelens.rewards.bench.InProcessBench;
import org.puzzlelens.rewards.bench.LoadTest;
import org.puzzlelens.rewards.bench.SlowClients;
import org.puzzlelens.rewards.design.Design;
import org.puzzlelens.rewards.service.RecordIndex;
import org.puzzlelens.rewards.service.RewardServer;
import org.puzzlelens.rewards.service.ServerConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = {
            "Measure rewards per second per design in-process (one thread), and the reward service's "
                    + "throughput and p50/p99 latency with 1, 8 and 64 concurrent clients on loopback (127.0.0.1 only).",
            "Completions are generated around records of every selected type: a described correct answer, a "
                    + "think-then-answer with a wrong letter, and untagged text, in turn."
        })
final class RewardsBenchCommand implements Callable<Integer> {
    @Option(names = "--types", description = "puzzle types to draw records from. Default: ${DEFAULT-VALUE}")
    String types = "all";

    @Option(names = "--records", description = "records per type. Default: ${DEFAULT-VALUE}")
    int records = 30;

    @Option(
            names = "--seconds",
            description =
                    "measurement time per design (after a warm-up of every design as long). Default: ${DEFAULT-VALUE}")
    double seconds = 2;

    @Option(names = "--clients", split = ",", description = "concurrent clients per service run. Default: 1,8,64")
    List<Integer> clients = List.of(1, 8, 64);

    @Option(names = "--requests", description = "requests per service run. Default: ${DEFAULT-VALUE}")
    int requests = 4000;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            description = "make each service run last this long (after a warm-up a quarter as long) instead of "
                    + "sending --requests requests: a load of a stated length, for the heap check")
    Double duration;

    @Option(
            names = "--batch",
            description = "completions per request to the native batch endpoint. Default: ${DEFAULT-VALUE}")
    int batch = 1;

    @Option(
            names = "--heap-limit-mb",
            description = "fail (exit 1) when the Java heap in use during the service runs "
                    + "exceeds this many MiB (as -Xmx counts them). Default: ${DEFAULT-VALUE}")
    int heapLimitMb = 512;

    @Option(
            names = "--slow-clients",
            paramLabel = "N",
            description = "also hold N connections that never finish their "
                    + "headers (slowloris) and time GET /health meanwhile; 0 skips it. Default: ${DEFAULT-VALUE}")
    int slowClients = 0;

    @Option(
            names = "--write-requests",
            paramLabel = "DIR",
            description = "write this bench's records (DIR/suite, for `rewards serve --suite`) and its service "
                    + "request bodies (DIR/requests.jsonl, one a line) instead of running it, for an outside load "
                    + "generator (scripts/bench-service-wrk.sh)")
    Path writeRequests;

    @Mixin
    DesignOptions designOptions;

    @Override
    public Integer call() throws Exception {
        if (records < 1
                || requests < 1
                || seconds <= 0
                || batch < 1
                || heapLimitMb < 1
                || slowClients < 0
                || (duration != null && duration <= 0)) {
            throw new IllegalArgumentException("--records, --requests, --seconds, --duration, --batch and "
                    + "--heap-limit-mb must be positive, --slow-clients at least 0");
        }
        RewardEngine engine = new RewardEngine(designOptions.designs());
        List<DatasetRecord> recordList = new ArrayList<>();
        for (PuzzleType<?> type : Registry.get().select(types)) {
            for (int i = 0; i < records; i++) {
                PuzzleInstance inst = Instances.create(type, 99, i, Preset.ALGOPUZZLEVQA);
                recordList.add(new DatasetRecord(
                        Path.of(type.info().name() + ".json"), i + 1, Records.write(inst, inst.imageFileName())));
            }
        }
        RecordIndex index = RecordIndex.of(recordList, "bench records", Registry.get(), Progress.NONE);
        List<RewardTarget> targets = recordList.stream()
                .map(r -> index.find(r.id().orElseThrow()).orElseThrow())
                .toList();
        List<String> completions = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            completions.add(InProcessBench.sample(targets.get(k), k));
        }
        if (writeRequests != null) {
            writeRequests(recordList, requestBodies(targets, completions));
            return 0;
        }
        System.out.printf(
                Locale.ROOT,
                "rewards bench: %d records of %s, %d cores, %s%n",
                targets.size(),
                types,
                Runtime.getRuntime().availableProcessors(),
                Runtime.version());
        inProcess(engine, targets, completions);
        return service(engine, index, targets, completions);
    }

    /** One {@code POST /v1/rewards} body per target, each of {@code --batch} completions from that target on. */
    private List<String> requestBodies(List<RewardTarget> targets, List<String> completions) {
        List<String> bodies = new ArrayList<>();
        for (int k = 0; k < targets.size(); k++) {
            var body = Json.object();
            var items = body.putArray("items");
            for (int b = 0; b < batch; b++) {
                int at = (k + b) % targets.size();
                items.addObject().put("id", targets.get(at).id()).put("completion", completions.get(at));
            }
            bodies.add(Json.line(body));
        }
        return bodies;
    }

    /** The records as a suite folder, one {@code <type>.json} of JSON lines each, and the bodies one a line. */
    private void writeRequests(List<DatasetRecord> recordList, List<String> bodies) throws IOException {
        Path suite = writeRequests.resolve("suite");
        Files.createDirectories(suite);
        Map<Path, List<String>> linesByFile = new LinkedHashMap<>();
        for (DatasetRecord r : recordList) {
            linesByFile.computeIfAbsent(r.file(), f -> new ArrayList<>()).add(Json.line(r.json()));
        }
        for (Map.Entry<Path, List<String>> file : linesByFile.entrySet()) {
            Files.write(suite.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        Path requests = writeRequests.resolve("requests.jsonl");
        Files.write(requests, bodies, StandardCharsets.UTF_8);
        System.out.printf(
                Locale.ROOT,
                "wrote %d records to %s and %d request bodies (%d completion(s) each) to %s%n",
                recordList.size(),
                suite,
                bodies.size(),
                batch,
                requests);
    }

    private void inProcess(RewardEngine engine, List<RewardTarget> targets, List<String> completions) {
        InProcessBench bench = new InProcessBench(engine, targets, completions);
        MarkdownTable table = new MarkdownTable("design", "rewards/s (1 thread)", "µs per reward", "CPU µs per reward");
        ProgressBars progress = new ProgressBars();
        progress.begin("in-process", 2L * engine.designs().all().size());
        try {
            // warm every design up before measuring any, so that no design pays for the JIT's first compilations
            for (Design d : engine.designs().all()) {
                bench.rate(d, seconds);
                progress.advance(1);
            }
            for (Design d : engine.designs().all()) {
                InProcessBench.Rate rate = bench.rate(d, seconds);
                table.row(
                        d.name(),
                        String.format(Locale.ROOT, "%.0f", rate.perSecond()),
                        String.format(Locale.ROOT, "%.1f", 1e6 / rate.perSecond()),
                        String.format(Locale.ROOT, "%.1f", rate.cpuMicrosPerReward()));
                progress.advance(1);
            }
        } finally {
            progress.end();
        }
        System.out.print(table);
    }

    /** One service run, or its warm-up: {@code share} of the requests, or of the duration. */
    private LoadTest.Result run(LoadTest load, int clients, double share, List<String> bodies) throws Exception {
        if (duration != null) {
            return load.runFor(clients, Duration.ofMillis(Math.round(duration * share * 1000)), bodies);
        }
        return load.run(clients, Math.max(clients, (int) (requests * share)), bodies);
    }

    /** @return the exit code: 1 when the heap went over its limit */
    private int service(RewardEngine engine, RecordIndex index, List<RewardTarget> targets, List<String> completions)
            throws Exception {
        String token = HexFormat.of().formatHex(SecureRandom.getSeed(16));
        String design = engine.designs().all().get(0).name();
        List<String> bodies = requestBodies(targets, completions);
        MarkdownTable table = new MarkdownTable(
                "clients",
                "requests",
                "requests/s",
                "completions/s",
                "p50 ms",
                "p99 ms",
                "process CPU µs per completion");
        ServerConfig config = ServerConfig.local(0, design, Optional.of(token));
        ProgressBars progress = new ProgressBars();
        progress.begin("service", clients.size());
        long heapPeak;
        long heapLive;
        SlowClients.Result quiet = null;
        SlowClients.Result slow = null;
        try (RewardServer server = RewardServer.start(config, engine, index);
                HeapPeak heap = HeapPeak.start()) {
            LoadTest load = new LoadTest(URI.create(server.url() + "/v1/rewards"), token);
            for (int c : clients) {
                run(load, c, 0.25, bodies); // warm-up
                LoadTest.Result r = run(load, c, 1, bodies);
                table.row(
                        c,
                        r.requests(),
                        String.format(Locale.ROOT, "%.0f", r.requestsPerSecond()),
                        String.format(Locale.ROOT, "%.0f", r.requestsPerSecond() * batch),
                        String.format(Locale.ROOT, "%.2f", r.p50Millis()),
                        String.format(Locale.ROOT, "%.2f", r.p99Millis()),
                        String.format(Locale.ROOT, "%.1f", r.cpuSeconds() * 1e6 / (r.requests() * (double) batch)));
                progress.advance(1);
            }
            heapPeak = heap.bytes();
            heapLive = heap.liveBytes();
            if (slowClients > 0) {
                SlowClients probe = new SlowClients(new InetSocketAddress("127.0.0.1", server.port()));
                quiet = probe.run(0, 200); // the same probes with no slow client, for comparison
                slow = probe.run(slowClients, 200);
            }
        } finally {
            progress.end();
        }
        System.out.println("\nservice: POST /v1/rewards, " + batch + " completion(s) per request, design " + design
                + ", HTTP/1.1 keep-alive on 127.0.0.1");
        System.out.print(table);
        if (slow != null) {
            System.out.printf(
                    Locale.ROOT,
                    "%nGET /health on fresh connections, no slow client: %d probes, p50 %.2f ms, "
                            + "p99 %.2f ms, max %.2f ms",
                    quiet.probes(),
                    quiet.p50Millis(),
                    quiet.p99Millis(),
                    quiet.maxMillis());
            System.out.printf(
                    Locale.ROOT,
                    "%nGET /health on fresh connections while %d clients trickle headers "
                            + "(%d of them still held open): %d probes, p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                    slow.slow(),
                    slow.opened(),
                    slow.probes(),
                    slow.p50Millis(),
                    slow.p99Millis(),
                    slow.maxMillis());
        }
        double mib = 1 << 20;
        System.out.printf(
                Locale.ROOT,
                "%nJava heap in use at most %.0f MiB during the service runs, %s (limit %d MiB; the JVM's maximum "
                        + "heap %.0f MiB)%n",
                heapPeak / mib,
                heapLive == 0
                        ? "no full collection"
                        : String.format(Locale.ROOT, "at most %.0f MiB live after a full collection", heapLive / mib),
                heapLimitMb,
                Runtime.getRuntime().maxMemory() / mib);
        if (heapPeak > heapLimitMb * (long) mib) {
            System.err.printf(
                    Locale.ROOT, "the heap went over --heap-limit-mb %d: %.0f MiB%n", heapLimitMb, heapPeak / mib);
            return 1;
        }
        return 0;
    }
}
