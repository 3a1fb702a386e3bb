package org.puzzlelens.eval.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.puzzlelens.puzzles.io.Json;

/**
 * A model server on 127.0.0.1 for tests: every request is recorded and answered by a script. A
 * request limit guards against a harness that loops.
 */
public final class ScriptedServer implements AutoCloseable {
    /** A request as received. */
    public record Received(int number, long nanos, Headers headers, JsonNode body) {
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What to answer; {@code delayMillis} before answering (longer than the client's timeout: a timeout). */
    public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
        public static Reply json(String body) {
            return new Reply(200, Map.of(), body, 0);
        }

        public static Reply status(int status, Map<String, String> headers) {
            return new Reply(status, headers, "{\"error\":{\"message\":\"scripted " + status + "\"}}", 0);
        }

        public Reply delayed(long millis) {
            return new Reply(status, headers, body, millis);
        }

        public Reply withHeaders(Map<String, String> extra) {
            return new Reply(status, extra, body, delayMillis);
        }
    }

    @FunctionalInterface
    public interface Script {
        Reply reply(Received request);
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();

    public ScriptedServer(String path, int maxRequests, Script script) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(threads);
        server.createContext(path, exchange -> {
            int n = count.incrementAndGet();
            byte[] in = exchange.getRequestBody().readAllBytes();
            Received r = new Received(n, System.nanoTime(), exchange.getRequestHeaders(), Json.MAPPER.readTree(in));
            received.add(r);
            Reply reply = n > maxRequests ? Reply.status(400, Map.of()) : script.reply(r);
            try {
                Thread.sleep(reply.delayMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("content-type", "application/json");
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
            try {
                exchange.sendResponseHeaders(reply.status(), out.length);
                exchange.getResponseBody().write(out);
            } catch (IOException e) {
                // the client gave up (a timeout under test): nothing to answer
            }
            exchange.close();
        });
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
