package org.puzzlelens.rewards.service;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.RewardEngine;

/**
 * The reward service over the JDK's HTTP server, one virtual thread per request, with
 * {@link HttpLimits} on request and response times, idle connections, connection count and headers.
 *
 * <ul>
 *   <li>{@code GET /health}: status, design, record count (no token needed, for probes)</li>
 *   <li>{@code POST /get_reward}: OpenRLHF's remote reward protocol</li>
 *   <li>{@code POST /v1/rewards}: the native batch with every component</li>
 * </ul>
 */
public final class RewardServer implements AutoCloseable {
    private final HttpServer server;
    private final ExecutorService executor;
    private final Gate gate;
    private final ServerConfig config;

    private RewardServer(HttpServer server, ExecutorService executor, Gate gate, ServerConfig config) {
        this.server = server;
        this.executor = executor;
        this.gate = gate;
        this.config = config;
    }

    /**
     * Starts with {@link HttpLimits#DEFAULT} against slow and hostile clients.
     *
     * @throws IllegalArgumentException when the configured design is unknown
     */
    public static RewardServer start(ServerConfig config, RewardEngine engine, RecordIndex index) throws IOException {
        HttpLimits.DEFAULT.apply();
        Gate gate = new Gate(config.token(), config.maxBodyBytes());
        RewardApi api = new RewardApi(engine, config, new TargetResolver(index, Registry.get()), index, gate);
        HttpServer server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 256);
        server.createContext("/health", new Endpoint("GET", false, body -> api.health(), gate));
        server.createContext("/get_reward", new Endpoint("POST", true, Endpoint.Action.ofTree(api::openRlhf), gate));
        server.createContext("/v1/rewards", new Endpoint("POST", true, api::batch, gate));
        server.createContext(
                "/",
                new Endpoint(
                        Endpoint.ANY,
                        false,
                        body -> {
                            throw new ApiError(
                                    404, "no such route; use GET /health, POST /get_reward or POST /v1/rewards");
                        },
                        gate));
        ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.start();
        return new RewardServer(server, executor, gate, config);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String url() {
        return "http://" + config.host() + ":" + port();
    }

    public int inFlight() {
        return gate.inFlight();
    }

    /**
     * Graceful shutdown: new requests get 503 while those in flight finish (up to the drain time),
     * then the listener closes.
     *
     * @return true when every request in flight finished
     */
    public boolean stop() throws InterruptedException {
        boolean drained = gate.close(config.drain().toMillis());
        server.stop(0);
        executor.shutdown();
        return drained;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
