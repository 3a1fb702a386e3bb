package org.puzzlelens.rewards.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives the reward service on loopback with a fixed number of concurrent clients, each sending
 * its share of a bounded number of requests back to back, and measures throughput and latency.
 */
public final class LoadTest {
    private final URI endpoint;
    private final String token;

    /** @param endpoint must be a loopback address: this is a benchmark, not a load tool for others' hosts */
    public LoadTest(URI endpoint, String token) {
        String host = endpoint.getHost();
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("[::1]")) {
            throw new IllegalArgumentException("the load test only runs against loopback, not " + host);
        }
        this.endpoint = endpoint;
        this.token = token;
    }

    /**
     * Throughput and latency percentiles of one run, and the CPU time the whole process used meanwhile
     * (service and clients together: an upper bound on the service's own cost that, unlike the wall
     * time, other jobs on the machine do not inflate).
     */
    public record Result(
            int clients, int requests, double seconds, double p50Millis, double p99Millis, double cpuSeconds) {
        public double requestsPerSecond() {
            return requests / seconds;
        }
    }

    /**
     * Sends {@code requests} requests in all, the clients taking the next one as each finishes.
     *
     * @param bodies request bodies, used round robin
     * @throws IOException when any request fails or gets a status other than 200
     */
    public Result run(int clients, int requests, List<String> bodies) throws IOException, InterruptedException {
        if (clients < 1 || requests < clients) {
            throw new IllegalArgumentException("need >= 1 client and at least one request per client");
        }
        return drive(clients, requests, Long.MAX_VALUE, bodies);
    }

    /**
     * Sends requests back to back from every client for {@code duration} (at least one request per
     * client): a load that lasts a stated time whatever the machine's speed.
     */
    public Result runFor(int clients, Duration duration, List<String> bodies) throws IOException, InterruptedException {
        if (clients < 1 || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("need >= 1 client and a positive duration");
        }
        return drive(clients, Integer.MAX_VALUE, duration.toNanos(), bodies);
    }

    /**
     * The clients send until {@code requests} have been taken or {@code durationNanos} have passed since it began,
     * and at least {@code clients} requests in all.
     */
    private Result drive(int clients, int requests, long durationNanos, List<String> bodies)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        AtomicInteger next = new AtomicInteger();
        List<Future<Latencies>> running = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        Latencies all = new Latencies();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    Latencies mine = new Latencies();
                    // the first requests, one per client, go whatever the time, so that every run has a result
                    for (int i = next.getAndIncrement();
                            i < requests && (i < clients || System.nanoTime() - start < durationNanos);
                            i = next.getAndIncrement()) {
                        mine.add(send(http, bodies.get(i % bodies.size())));
                    }
                    return mine;
                }));
            }
            for (Future<Latencies> f : running) {
                all.addAll(f.get());
            }
        } catch (ExecutionException e) {
            throw new IOException("load test request failed: " + e.getCause().getMessage(), e.getCause());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        long[] sorted = all.sorted();
        return new Result(
                clients, sorted.length, seconds, percentile(sorted, 0.50), percentile(sorted, 0.99), cpuSeconds);
    }

    /** A growing list of nanosecond latencies, one per client, so that clients never contend on it. */
    private static final class Latencies {
        private long[] values = new long[1024];
        private int size;

        void add(long nanos) {
            if (size == values.length) {
                values = Arrays.copyOf(values, 2 * size);
            }
            values[size++] = nanos;
        }

        void addAll(Latencies other) {
            for (int i = 0; i < other.size; i++) {
                add(other.values[i]);
            }
        }

        long[] sorted() {
            long[] out = Arrays.copyOf(values, size);
            Arrays.sort(out);
            return out;
        }
    }

    private long send(HttpClient http, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(endpoint)
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        long t0 = System.nanoTime();
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - t0;
        if (r.statusCode() != 200) {
            throw new IOException("status " + r.statusCode() + ": " + r.body());
        }
        return elapsed;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** Nearest-rank percentile of sorted nanosecond values, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)] / 1e6;
    }
}
