package org.puzzlelens.eval.view;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * Serves one viewer page on 127.0.0.1 (only this machine), for browsers that open local files
 * reluctantly or for a page viewed through an SSH tunnel. Every path answers the page.
 */
public final class ViewerServer implements AutoCloseable {
    private final HttpServer server;

    private ViewerServer(HttpServer server) {
        this.server = server;
    }

    /** @param port 0 for any free port */
    public static ViewerServer start(String html, int port) throws IOException {
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", exchange -> {
            try (exchange;
                    OutputStream out = exchange.getResponseBody()) {
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                out.write(body);
            }
        });
        server.start();
        return new ViewerServer(server);
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
