package org.puzzlelens.eval.bench;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An OpenAI-compatible server on 127.0.0.1 that answers every request at once with the same canned
 * completion, so that a benchmark measures the harness. Its work runs on its own platform threads,
 * whose CPU time is reported apart.
 */
final class InstantServer implements AutoCloseable {
    private static final byte[] REPLY = ("{\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":"
                    + "{\"role\":\"assistant\",\"content\":\"Looking at it... <answer>(A)</answer>\"},\"finish_reason\":\"stop\"}],"
                    + "\"usage\":{\"prompt_tokens\":300,\"completion_tokens\":12}}")
            .getBytes(StandardCharsets.UTF_8);

    private final HttpServer server;
    private final ExecutorService pool;
    private final List<Thread> threads = new CopyOnWriteArrayList<>();

    InstantServer(int threadCount) throws IOException {
        AtomicInteger n = new AtomicInteger();
        pool = Executors.newFixedThreadPool(threadCount, r -> {
            Thread t = new Thread(r, "instant-server-" + n.incrementAndGet());
            t.setDaemon(true);
            threads.add(t);
            return t;
        });
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(pool);
        server.createContext("/v1/chat/completions", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                in.transferTo(OutputStreamSink.INSTANCE);
            }
            exchange.getResponseHeaders().add("content-type", "application/json");
            exchange.sendResponseHeaders(200, REPLY.length);
            exchange.getResponseBody().write(REPLY);
            exchange.close();
        });
        server.start();
    }

    URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/v1");
    }

    /** The server's threads: its handler pool and the JDK server's dispatcher. */
    List<Thread> threads() {
        List<Thread> out = new ArrayList<>(threads);
        Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("HTTP-Dispatcher"))
                .forEach(out::add);
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
        pool.shutdownNow();
    }

    /** Discards the request body: reading it is part of answering, keeping it is not. */
    private static final class OutputStreamSink extends OutputStream {
        static final OutputStreamSink INSTANCE = new OutputStreamSink();

        @Override
        public void write(int b) {}

        @Override
        public void write(byte[] b, int off, int len) {}
    }
}
