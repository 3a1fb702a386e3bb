package org.puzzlelens.eval.bench;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.backend.Sampling;
import org.puzzlelens.eval.backend.http.OpenAiBackend;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.run.RunSettings;
import org.puzzlelens.eval.run.RunSummary;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.io.Progress;

/**
 * Requests per second the harness sustains against a server that answers instantly: the whole path
 * (prompt, image read and base64, JSON, HTTP over loopback, extraction, scoring, the results line).
 * The server runs in the same process on its own threads; its CPU time is measured apart, so the
 * harness's share per request is known.
 */
public final class HarnessBenchmark {
    private HarnessBenchmark() {}

    /**
     * @param harnessCpuMsPerRequest process CPU minus the server's threads, per request (includes GC and JIT)
     */
    public record Result(
            Condition condition,
            int concurrency,
            long requests,
            double seconds,
            double serverCpuMsPerRequest,
            double harnessCpuMsPerRequest) {
        public double requestsPerSecond() {
            return requests / seconds;
        }

        /** Cores kept busy on average by the whole process. */
        public double coresBusy() {
            return requests * (serverCpuMsPerRequest + harnessCpuMsPerRequest) / 1000 / seconds;
        }
    }

    /** Sends {@code requests} requests cycling through the items, after a warm-up of a fifth as many. */
    public static Result measure(List<EvalItem> items, Condition condition, int concurrency, int requests, Path work)
            throws IOException, InterruptedException, BackendConfigException {
        try (InstantServer server =
                new InstantServer(Math.max(2, Runtime.getRuntime().availableProcessors()))) {
            run(server, items, condition, concurrency, Math.max(1, requests / 5), work.resolve("warmup.jsonl"));
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long serverBefore = serverCpu(server, threads);
            long processBefore = os.getProcessCpuTime();
            RunSummary summary = run(server, items, condition, concurrency, requests, work.resolve("bench.jsonl"));
            long serverCpu = serverCpu(server, threads) - serverBefore;
            long processCpu = os.getProcessCpuTime() - processBefore;
            double n = summary.requests();
            return new Result(
                    condition,
                    concurrency,
                    summary.requests(),
                    summary.wall().toNanos() / 1e9,
                    serverCpu / 1e6 / n,
                    (processCpu - serverCpu) / 1e6 / n);
        }
    }

    private static RunSummary run(
            InstantServer server, List<EvalItem> items, Condition condition, int concurrency, int requests, Path out)
            throws IOException, InterruptedException, BackendConfigException {
        Files.deleteIfExists(out);
        BackendSettings settings = new BackendSettings(
                "bench",
                server.base(),
                null,
                Duration.ofSeconds(30),
                RetryPolicy.standard(0),
                Map.of("use-n", "false"),
                k -> null);
        RunSettings run = new RunSettings(
                "bench",
                "openai",
                settings.options(),
                "bench",
                List.of(condition),
                1,
                new Prompts(PromptTemplate.BENCHMARK, 1024),
                new Sampling(0, null, 512, null),
                concurrency,
                false,
                1024);
        try (Backend backend = new OpenAiBackend.Provider().create(settings);
                ResultsFile file = ResultsFile.open(out)) {
            return new EvalRunner(backend, run, file, Progress.NONE).run(copies(items, requests));
        }
    }

    /**
     * {@code count} items cycling through the given ones under distinct ids: one sample each, so that
     * every request is its own unit of work and the concurrency bound is what limits the flight.
     */
    static List<EvalItem> copies(List<EvalItem> items, int count) {
        List<EvalItem> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EvalItem e = items.get(i % items.size());
            out.add(new EvalItem(
                    e.id() + "-r" + i,
                    e.type(),
                    e.question(),
                    e.options(),
                    e.answerIndex(),
                    e.description(),
                    e.state(),
                    e.image(),
                    e.where()));
        }
        return out;
    }

    private static long serverCpu(InstantServer server, ThreadMXBean threads) {
        long sum = 0;
        for (Thread t : server.threads()) {
            long cpu = threads.getThreadCpuTime(t.threadId());
            sum += Math.max(0, cpu);
        }
        return sum;
    }
}
