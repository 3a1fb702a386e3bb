package org.puzzlelens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
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
import org.puzzlelens.puzzles.render.ReusableCanvas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Throughput of generation (state, solve, options, description, render and PNG encoding) and of
 * verification, per type. Each figure runs for a fixed time after a warm-up, so the JIT has compiled
 * the hot paths; figures are medians of several rounds.
 */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description =
                "Measure instances per second per type (generation incl. rendering and PNG encoding) and verify throughput.")
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--types", description = "Default: ${DEFAULT-VALUE}")
    String types = "all";

    @Option(names = "--image-size", paramLabel = "PX", description = "Default: ${DEFAULT-VALUE}")
    int imageSize = Images.DEFAULT_SIZE;

    @Option(
            names = "--released-sizes",
            description = "each AlgoPuzzleVQA type at the longer side of its released "
                    + "images (board_tile 1687 px ... clock 3179 px), what a user generating a benchmark-sized suite waits for; "
                    + "other types at --image-size")
    boolean releasedSizes;

    /** The longer side of the first released image of each AlgoPuzzleVQA type (../shared/datasets; bench-vs-released.sh). */
    static final Map<String, Integer> RELEASED_LONG_SIDE = Map.ofEntries(
            Map.entry("board_tile", 1687),
            Map.entry("calendar", 1200),
            Map.entry("chain_link", 1325),
            Map.entry("checker_move", 681),
            Map.entry("clock", 3179),
            Map.entry("colour_hue", 2860),
            Map.entry("map", 1926),
            Map.entry("maze", 3000),
            Map.entry("move_box", 512),
            Map.entry("n_queens", 1272),
            Map.entry("number_slide", 820),
            Map.entry("rotting_kiwi", 512),
            Map.entry("rubiks_cube", 2028),
            Map.entry("think_dot", 1930),
            Map.entry("tower_of_hanoi", 1900),
            Map.entry("water_jugs", 1474),
            Map.entry("wheel_of_fortune", 2832),
            Map.entry("wood_slide", 2370));

    @Option(names = "--seconds", description = "measurement time per round. Default: ${DEFAULT-VALUE}")
    double seconds = 1.0;

    @Option(names = "--rounds", description = "rounds per figure (the median is reported). Default: ${DEFAULT-VALUE}")
    int rounds = 3;

    @Option(names = "--threads", description = "threads for the parallel column. Default: cores (${DEFAULT-VALUE})")
    int threads = Runtime.getRuntime().availableProcessors();

    private static final java.lang.management.ThreadMXBean THREADS =
            java.lang.management.ManagementFactory.getThreadMXBean();

    @Override
    public Integer call() throws Exception {
        Images.checkSize(imageSize);
        List<PuzzleType<?>> selected = Registry.get().select(types);
        System.out.printf(
                Locale.ROOT,
                "bench: %d types, %s px, %.1f s x %d rounds, %d threads, %s%n",
                selected.size(),
                releasedSizes ? "released" : String.valueOf(imageSize),
                seconds,
                rounds,
                threads,
                Runtime.version());
        MarkdownTable table = new MarkdownTable(
                "type",
                "px",
                "generate+render+PNG /s (1 thread)",
                "(" + threads + " threads)",
                "speed-up",
                "ms per instance",
                "CPU ms per instance",
                "of which render",
                "of which PNG",
                "verify records /s (1 thread)");
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            for (PuzzleType<?> type : selected) {
                AtomicInteger next = new AtomicInteger();
                int size = releasedSizes
                        ? RELEASED_LONG_SIDE.getOrDefault(type.info().name(), imageSize)
                        : imageSize;
                PhaseCpu phases = new PhaseCpu();
                IntConsumer generate = i -> phases.generate(type, i, size);
                // CPU time per instance over the measured rounds only (the warm-up round runs the JIT's first
                // compilations): unlike the rates, not inflated by other jobs on the machine
                double single = median(() -> rate(generate, next, 1, null), phases::reset);
                List<String> cpuMillis = List.of(phases.total, phases.render, phases.encode).stream()
                        .map(phase -> fmt(phases.millisPerInstance(phase)))
                        .toList();
                double parallel = median(() -> rate(generate, next, threads, pool), () -> {});
                List<DatasetRecord.Result> records = recordsOf(type, 200);
                Verifier verifier = new Verifier(Registry.get(), true);
                double verify = median(
                        () -> rate(i -> verifier.check(records.get(i % records.size())), next, 1, null), () -> {});
                table.row(
                        type.info().name(),
                        size,
                        fmt(single),
                        fmt(parallel),
                        fmt(parallel / single) + "x",
                        fmt(1000 / single),
                        cpuMillis.get(0),
                        cpuMillis.get(1),
                        cpuMillis.get(2),
                        fmt(verify));
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
            out.add(new DatasetRecord.Result(
                    new DatasetRecord(Path.of(type.info().name() + ".json"), i + 1, json), null));
        }
        return out;
    }

    private interface Measurement {
        double run() throws Exception;
    }

    /** The median of {@link #rounds} runs after a warm-up run, with {@code afterWarmUp} run between. */
    private double median(Measurement m, Runnable afterWarmUp) throws Exception {
        m.run();
        afterWarmUp.run();
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

    /**
     * One instance generated, rendered and PNG-encoded, with the thread CPU time of the whole and of its
     * render and encode phases summed, so that the bench shows how far an instance is from the floor of
     * drawing and encoding its image (docs/PERFORMANCE.md).
     */
    private static final class PhaseCpu {
        final LongAdder total = new LongAdder();
        final LongAdder render = new LongAdder();
        final LongAdder encode = new LongAdder();
        final LongAdder instances = new LongAdder();
        /**
         * Each bench thread's pixel buffer, reused as {@code generate} reuses it (the image is encoded and
         * dropped); one per thread for the whole bench, so the buffers of earlier types do not pile up.
         */
        private static final ThreadLocal<ReusableCanvas> CANVAS = ThreadLocal.withInitial(ReusableCanvas::new);

        void generate(PuzzleType<?> type, int index, int size) {
            long start = THREADS.getCurrentThreadCpuTime();
            PuzzleInstance inst = Instances.create(type, 7, index, Preset.ALGOPUZZLEVQA);
            long created = THREADS.getCurrentThreadCpuTime();
            BufferedImage image = CANVAS.get().render(type, inst.state(), size);
            long rendered = THREADS.getCurrentThreadCpuTime();
            Images.png(image);
            long encoded = THREADS.getCurrentThreadCpuTime();
            total.add(encoded - start);
            render.add(rendered - created);
            encode.add(encoded - rendered);
            instances.increment();
        }

        void reset() {
            List.of(total, render, encode, instances).forEach(LongAdder::reset);
        }

        double millisPerInstance(LongAdder nanos) {
            return nanos.sum() / 1e6 / Math.max(1, instances.sum());
        }
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, v >= 100 ? "%.0f" : "%.1f", v);
    }
}
