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
     * @param bodies request bodies, used round robin
     * @throws IOException when any request fails or gets a status other than 200
     */
    public Result run(int clients, int requests, List<String> bodies) throws IOException, InterruptedException {
        if (clients < 1 || requests < clients) {
            throw new IllegalArgumentException("need >= 1 client and at least one request per client");
        }
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newVirtualThreadPerTaskExecutor())
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>();
        long start = System.nanoTime();
        long cpuStart = processCpuNanos();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < clients; c++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < requests; i = next.getAndIncrement()) {
                        latencies[i] = send(http, bodies.get(i % bodies.size()));
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw new IOException("load test request failed: " + e.getCause().getMessage(), e.getCause());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
        Arrays.sort(latencies);
        return new Result(
                clients, requests, seconds, percentile(latencies, 0.50), percentile(latencies, 0.99), cpuSeconds);
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
