package org.puzzlelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.puzzles.io.Records;
import org.puzzlelens.puzzles.io.Verifier;
import org.puzzlelens.puzzles.render.Images;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput of generation (state, solve, options, description, render and PNG encoding) and of
 * verification, per type. Each figure runs for a fixed time after a warm-up, so the JIT has compiled
 * the hot paths; figures are medians of several rounds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measure instances per second per type (generation incl. rendering and PNG encoding) and verify throughput.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--types", description = "Default: ${DEFAULT-VALUE}")
    String types = "all";

    @Option(names = "--image-size", paramLabel = "PX", description = "Default: ${DEFAULT-VALUE}")
    int imageSize = Images.DEFAULT_SIZE;

    @Option(names = "--seconds", description = "measurement time per round. Default: ${DEFAULT-VALUE}")
    double seconds = 1.0;

    @Option(names = "--rounds", description = "rounds per figure (the median is reported). Default: ${DEFAULT-VALUE}")
    int rounds = 3;

    @Option(names = "--threads", description = "threads for the parallel column. Default: cores (${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() throws Exception {
        Images.checkSize(imageSize);
        List<PuzzleType<?>> selected = Registry.get().select(types);
        System.out.printf(Locale.ROOT, "bench: %d types, %d px, %.1f s x %d rounds, %d threads, %s%n", selected.size(),
                imageSize, seconds, rounds, threads, Runtime.version());
        MarkdownTable table = new MarkdownTable("type", "generate+render+PNG /s (1 thread)",
                "(" + threads + " threads)", "ms per instance", "verify records /s (1 thread)");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (PuzzleType<?> type : selected) {
                AtomicInteger next = new AtomicInteger();
                IntConsumer generate = i -> Images.png(Images.render(type,
                        Instances.create(type, 7, i, Preset.ALGOPUZZLEVQA).state(), imageSize));
                double single = median(() -> rate(generate, next, 1, null));
                double parallel = median(() -> rate(generate, next, threads, pool));
                List<DatasetRecord.Result> records = recordsOf(type, 200);
                Verifier verifier = new Verifier(Registry.get(), true);
                double verify = median(() -> rate(i -> verifier.check(records.get(i % records.size())), next, 1, null));
                table.row(type.info().name(), fmt(single), fmt(parallel), fmt(1000 / single), fmt(verify));
                System.err.printf(Locale.ROOT, "  %s done%n", type.info().name());
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.print(table);
        return 0;
    }

    private static List<DatasetRecord.Result> recordsOf(PuzzleType<?> type, int n) {
        List<DatasetRecord.Result> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PuzzleInstance inst = Instances.create(type, 11, i, Preset.ALGOPUZZLEVQA);
            var json = (ObjectNode) Json.MAPPER.valueToTree(Records.write(inst, "x.png"));
            out.add(new DatasetRecord.Result(new DatasetRecord(Path.of(type.info().name() + ".json"), i + 1, json), null));
        }
        return out;
    }

    private interface Measurement {
        double run() throws Exception;
    }

    private double median(Measurement m) throws Exception {
        m.run(); // warm-up round
        double[] r = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            r[i] = m.run();
        }
        Arrays.sort(r);
        return r[rounds / 2];
    }

    /** Operations per second over {@link #seconds}, on {@code threads} workers drawing indexes from {@code next}. */
    private double rate(IntConsumer op, AtomicInteger next, int threads, ExecutorService pool) throws Exception {
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        AtomicInteger done = new AtomicInteger();
        Runnable worker = () -> {
            while (System.nanoTime() < deadline) {
                op.accept(next.getAndIncrement());
                done.incrementAndGet();
            }
        };
        long start = System.nanoTime();
        if (pool == null) {
            worker.run();
        } else {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                futures.add(pool.submit(worker));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        }
        return done.get() / ((System.nanoTime() - start) / 1e9);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }
}
