package org.puzzlelens.train.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.service.HttpLimits;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * An OpenAI-compatible chat-completions endpoint for the built-in model ({@code POST
 * /v1/chat/completions}, {@code GET /v1/models}), so any OpenAI client, the evaluation harness
 * included, can query it. The last user message is the prompt: its text parts, and at most one
 * image given as a {@code data:} URL.
 *
 * <p>Each request runs on its own virtual thread: {@code /v1/models} and rejected requests answer at
 * once, while completions are checked against {@link ServeLimits} first and then generated one at a
 * time; at most {@code queue} wait, and the rest get 503 with {@code Retry-After}. Slow and idle
 * connections, the number of connections and the request headers are bounded by the reward
 * service's {@link HttpLimits}, which the JDK's server reads once per process.
 */
public final class ChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoadedModel model;
    private final String name;
    private final SamplingOptions defaults;
    private final ServeLimits limits;
    private final HttpServer server;
    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock generation = new ReentrantLock(true);
    private final AtomicInteger admitted = new AtomicInteger();
    private long requests;

    /** An HTTP failure with its status and a message for the client. */
    private static final class ApiError extends RuntimeException {
        private final int status;

        ApiError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    public ChatServer(
            LoadedModel model, String name, SamplingOptions defaults, String host, int port, ServeLimits limits)
            throws IOException {
        this.model = model;
        this.name = name;
        this.defaults = defaults;
        this.limits = limits;
        HttpLimits.DEFAULT.apply();
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.setExecutor(threads);
        server.createContext("/v1/chat/completions", ex -> handle(ex, this::complete));
        server.createContext("/v1/models", ex -> handle(ex, this::models));
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private interface Route {
        ObjectNode answer(HttpExchange ex) throws IOException;
    }

    private void handle(HttpExchange ex, Route route) throws IOException {
        try (ex) {
            try {
                authorise(ex);
                reply(ex, 200, route.answer(ex));
            } catch (ApiError e) {
                reply(ex, e.status, error(e.getMessage()));
            } catch (IllegalArgumentException e) {
                reply(ex, 400, error(e.getMessage()));
            } catch (RuntimeException e) {
                reply(ex, 500, error(String.valueOf(e)));
            }
        } catch (IOException clientGone) {
            // the client closed the connection: nobody is left to answer
        }
    }

    private void authorise(HttpExchange ex) {
        if (limits.token().isEmpty()) {
            return;
        }
        String given = ex.getRequestHeaders().getFirst("Authorization");
        byte[] expected = ("Bearer " + limits.token().get()).getBytes(StandardCharsets.UTF_8);
        if (given == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected)) {
            ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            throw new ApiError(
                    401,
                    given == null
                            ? "missing 'Authorization: Bearer <token>'; the token is in the file "
                                    + "given to serve --token-file"
                            : "wrong bearer token");
        }
    }

    private ObjectNode models(HttpExchange ex) {
        ObjectNode body = JSON.createObjectNode().put("object", "list");
        body.putArray("data").addObject().put("id", name).put("object", "model").put("owned_by", "puzzlelens");
        return body;
    }

    private ObjectNode complete(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            throw new ApiError(405, "use POST");
        }
        String encoding = ex.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null && !encoding.equalsIgnoreCase("identity")) {
            throw new ApiError(415, "Content-Encoding '" + encoding + "' is not supported: send the JSON uncompressed");
        }
        ChatRequest request =
                ChatRequest.read(body(ex), defaults, model.model().config().maxPositions(), limits);
        float[] pixels = request.image() == null
                ? null
                : PuzzleImages.pixels(
                        BoundedImages.read(request.image(), limits.maxImagePixels()),
                        model.model().config().vision().imageSize());
        if (admitted.incrementAndGet() > 1 + limits.queue()) {
            admitted.decrementAndGet();
            ex.getResponseHeaders().set("Retry-After", "1");
            throw new ApiError(503, "busy: one request generating and " + limits.queue() + " waiting; retry later");
        }
        generation.lock();
        try {
            return generate(request, pixels);
        } finally {
            generation.unlock();
            admitted.decrementAndGet();
        }
    }

    private JsonNode body(HttpExchange ex) throws IOException {
        String declared = ex.getRequestHeaders().getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limits.maxBodyBytes()) {
            throw new ApiError(
                    413, "request body of " + declared + " bytes; at most " + limits.maxBodyBytes() + " are accepted");
        }
        byte[] bytes = ex.getRequestBody().readNBytes(limits.maxBodyBytes() + 1);
        if (bytes.length > limits.maxBodyBytes()) {
            throw new ApiError(413, "request body over " + limits.maxBodyBytes() + " bytes");
        }
        try {
            return JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not valid JSON: " + Json.problem(e));
        }
    }

    private ObjectNode generate(ChatRequest request, float[] pixels) {
        int[] prompt = model.tokenizer().encode(ChatFormat.prompt(request.text()));
        long seed = request.seed().orElse(requests);
        requests++;
        int[] completion = model.sampler()
                .sample(
                        List.of(prompt),
                        pixels == null ? null : List.of(pixels),
                        request.sampling(),
                        new SplittableRandom(seed),
                        false)
                .completions()
                .get(0);
        ObjectNode body = JSON.createObjectNode()
                .put("id", "chatcmpl-" + requests)
                .put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000)
                .put("model", name);
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message")
                .put("role", "assistant")
                .put("content", model.tokenizer().decode(completion, true));
        choice.put("finish_reason", completion.length >= request.sampling().maxTokens() ? "length" : "stop");
        body.putObject("usage")
                .put("prompt_tokens", prompt.length)
                .put("completion_tokens", completion.length)
                .put("total_tokens", prompt.length + completion.length);
        return body;
    }

    private static ObjectNode error(String message) {
        ObjectNode body = JSON.createObjectNode();
        body.putObject("error").put("message", message).put("type", "invalid_request_error");
        return body;
    }

    private static void reply(HttpExchange ex, int status, ObjectNode body) throws IOException {
        byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
