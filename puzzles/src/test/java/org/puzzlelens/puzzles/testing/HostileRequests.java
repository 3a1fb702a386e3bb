package org.puzzlelens.puzzles.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The hostile-request corpus that both HTTP servers (the reward service and the model server) are
 * tested with: broken framing, overflowing and conflicting lengths, unsupported transfer encodings,
 * bodies that are not UTF-8 or not JSON, JSON nested or numbers long enough to exhaust a parser, and
 * a body cut short. Each request must get its stated status with a message that says what was wrong
 * (status 0: the connection is closed unanswered), and the server must keep answering afterwards.
 *
 * <p>Requests the JDK's HTTP server refuses itself ({@code Transfer-Encoding} other than
 * {@code chunked}, bad {@code Content-Length}, a bad request line) are answered before any handler or
 * filter runs, so their message is the JDK's (for example "501 Not Implemented ... Unsupported
 * Transfer-Encoding value"); no application code can reword it.
 *
 * @param name what the request does wrong
 * @param bytes the whole request as sent
 * @param status the status it must get, or 0 for a close without an answer
 * @param says text the answer must contain, ignoring case ("" when unanswered)
 */
public record HostileRequests(String name, byte[] bytes, int status, String says) {
    @Override
    public String toString() {
        return name;
    }

    /**
     * The corpus for one JSON endpoint.
     *
     * @param path the endpoint the bodies go to (POST)
     * @param headers extra header lines the endpoint needs (such as authorization), each ending in CRLF
     */
    public static List<HostileRequests> corpus(String path, String headers) {
        String start = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" + headers;
        List<HostileRequests> all = new ArrayList<>();
        // framing, refused by the JDK server before any handler runs; none of these sends a body, so
        // the refusal (sent before the server reads on) cannot be lost to a reset
        all.add(head(
                "gzip transfer encoding",
                start + "Transfer-Encoding: gzip\r\n\r\n",
                501,
                "Unsupported Transfer-Encoding"));
        all.add(head(
                "gzip then chunked",
                start + "Transfer-Encoding: gzip, chunked\r\n\r\n",
                501,
                "Unsupported Transfer-Encoding"));
        all.add(head("Content-Length over 2^63", start + "Content-Length: 99999999999999999999\r\n\r\n", 400, "400"));
        all.add(head("negative Content-Length", start + "Content-Length: -5\r\n\r\n", 400, "400"));
        all.add(head(
                "Content-Length with chunked",
                start + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n",
                400,
                "400"));
        all.add(head("no method, path or version", "HELLO\r\nHost: 127.0.0.1\r\n\r\n", 400, "Bad request line"));
        all.add(head("space in a header name", start + "Bad Header: 1\r\n\r\n", 400, "400"));
        // bodies, refused by the endpoint with its own message
        all.add(head("a declared terabyte", start + "Content-Length: 1099511627776\r\n\r\n", 413, "bytes"));
        all.add(body(
                "invalid UTF-8",
                start,
                new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'},
                400,
                "UTF-8"));
        all.add(body("not JSON", start, ascii("GET me a reward"), 400, "JSON"));
        all.add(body("a JSON array", start, ascii("[1, 2, 3]"), 400, "JSON object"));
        all.add(body("JSON nested 100,000 deep", start, ascii("[".repeat(100_000)), 400, "depth"));
        all.add(body(
                "a number of 100,000 digits", start, ascii("{\"n\": " + "9".repeat(100_000) + "}"), 400, "number"));
        all.add(body("a string of NUL characters", start, ascii("{\"n\": \"\u0000\u0000\"}"), 400, "JSON"));
        all.add(body("a lone surrogate escape", start, ascii("{\"n\": \"\\ud800\"}"), 400, ""));
        all.add(head(
                "a body cut short",
                start + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"items\": [",
                0,
                ""));
        return all;
    }

    /**
     * Sends every request of the corpus on its own connection; after each, the server must answer
     * {@code alive} (a request that returns true when the server answered it normally).
     */
    public static void assertEachRefusedClearlyAndServerStillAnswers(
            int port, List<HostileRequests> corpus, Callable<Boolean> alive) throws Exception {
        for (HostileRequests request : corpus) {
            String reply = RawHttp.exchange(port, request.bytes());
            assertThat(RawHttp.status(reply)).as(request.name() + ": " + reply).isEqualTo(request.status());
            assertThat(reply.toLowerCase())
                    .as(request.name())
                    .contains(request.says().toLowerCase());
            assertThat(alive.call())
                    .as("the server answers after: " + request.name())
                    .isTrue();
        }
    }

    /**
     * What a hostile load did: requests sent, those whose status was not the corpus's (the first
     * described), and the highest heap use seen in this JVM while it ran.
     */
    public record Load(long requests, long wrong, String firstWrong, long peakHeapBytes) {}

    /**
     * {@code clients} threads send the corpus round and round, each request on its own connection, for
     * {@code duration}; every answer's status is checked.
     */
    public static Load load(int port, List<HostileRequests> corpus, int clients, Duration duration) throws Exception {
        AtomicLong requests = new AtomicLong();
        AtomicLong wrong = new AtomicLong();
        AtomicReference<String> firstWrong = new AtomicReference<>("");
        AtomicLong peak = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients + 1)) {
            pool.submit(() -> {
                while (System.nanoTime() < end) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    Thread.sleep(50);
                }
                return null;
            });
            for (int c = 0; c < clients; c++) {
                int offset = c;
                pool.submit(() -> {
                    for (long i = offset; System.nanoTime() < end; i++) {
                        HostileRequests request = corpus.get((int) (i % corpus.size()));
                        int status = RawHttp.status(RawHttp.exchange(port, request.bytes()));
                        requests.incrementAndGet();
                        if (status != request.status()) {
                            wrong.incrementAndGet();
                            firstWrong.compareAndSet("", request.name() + ": " + status);
                        }
                    }
                    return null;
                });
            }
        }
        return new Load(requests.get(), wrong.get(), firstWrong.get(), peak.get());
    }

    private static HostileRequests head(String name, String request, int status, String says) {
        return new HostileRequests(name, ascii(request), status, says);
    }

    private static HostileRequests body(String name, String start, byte[] body, int status, String says) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ascii(start + "Content-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n"));
        out.writeBytes(body);
        return new HostileRequests(name, out.toByteArray(), status, says);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
