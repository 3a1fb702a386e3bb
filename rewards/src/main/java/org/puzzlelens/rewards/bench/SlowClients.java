package org.puzzlelens.rewards.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A slowloris probe on loopback: holds many connections that send the start of a request and never
 * finish its headers, and meanwhile times {@code GET /health} on fresh connections, as a load
 * balancer's probe would.
 */
public final class SlowClients {
    private final InetSocketAddress service;

    /** @param service must be a loopback address: this probes our own service, not others' hosts */
    public SlowClients(InetSocketAddress service) {
        if (!service.getAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the slow-client probe only runs against loopback, not " + service);
        }
        this.service = service;
    }

    /**
     * @param opened slow connections the service accepted and held open when probing began
     * @param p50Millis median {@code /health} latency over the probes
     */
    public record Result(int slow, int opened, int probes, double p50Millis, double p99Millis, double maxMillis) {}

    public Result run(int slow, int probes) throws IOException, InterruptedException {
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < slow; i++) {
                Socket s = new Socket();
                sockets.add(s);
                s.connect(service, 10_000);
                OutputStream out = s.getOutputStream();
                out.write(
                        "POST /v1/rewards HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            }
            Thread.sleep(500); // lets the service take in every partial request before the probes
            int open = (int) sockets.stream().filter(SlowClients::stillOpen).count();
            long[] latencies = new long[probes];
            URI health = URI.create("http://" + service.getHostString() + ":" + service.getPort() + "/health");
            for (int i = 0; i < probes; i++) {
                // a fresh client per probe: a new connection each time, as a slow client would compete with
                try (HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .build()) {
                    HttpRequest request = HttpRequest.newBuilder(health)
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
                    latencies[i] = System.nanoTime() - t0;
                    if (r.statusCode() != 200) {
                        throw new IOException("/health answered " + r.statusCode() + " with " + slow + " slow clients");
                    }
                }
            }
            Arrays.sort(latencies);
            return new Result(
                    slow,
                    open,
                    probes,
                    LoadTest.percentile(latencies, 0.5),
                    LoadTest.percentile(latencies, 0.99),
                    latencies[probes - 1] / 1e6);
        } finally {
            for (Socket s : sockets) {
                s.close();
            }
        }
    }

    /** Open as far as a non-blocking look can tell: the service has not closed it. */
    private static boolean stillOpen(Socket s) {
        try {
            s.setSoTimeout(1);
            return s.getInputStream().read() != -1;
        } catch (SocketTimeoutException e) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
