package org.puzzlelens.train.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import javax.imageio.ImageIO;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * An OpenAI-compatible chat-completions endpoint for the built-in model ({@code POST
 * /v1/chat/completions}, {@code GET /v1/models}), so any OpenAI client, the evaluation harness
 * included, can query it. The last user message is the prompt: its text parts, and at most one
 * image given as a {@code data:} URL. Requests are answered one at a time.
 */
public final class ChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final LoadedModel model;
    private final String name;
    private final SamplingOptions defaults;
    private final HttpServer server;
    private long requests;

    public ChatServer(LoadedModel model, String name, SamplingOptions defaults, String host, int port) throws IOException {
        this.model = model;
        this.name = name;
        this.defaults = defaults;
        server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/v1/chat/completions", this::complete);
        server.createContext("/v1/models", this::models);
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void models(HttpExchange ex) throws IOException {
        ObjectNode body = JSON.createObjectNode().put("object", "list");
        body.putArray("data").addObject().put("id", name).put("object", "model").put("owned_by", "puzzlelens");
        reply(ex, 200, body);
    }

    private void complete(HttpExchange ex) throws IOException {
        if (!"POST".equals(ex.getRequestMethod())) {
            reply(ex, 405, error("use POST"));
            return;
        }
        try {
            JsonNode request = JSON.readTree(ex.getRequestBody());
            reply(ex, 200, answer(request));
        } catch (IllegalArgumentException | IOException e) {
            reply(ex, 400, error(e.getMessage()));
        } catch (RuntimeException e) {
            reply(ex, 500, error(String.valueOf(e)));
        }
    }

    private synchronized ObjectNode answer(JsonNode request) {
        JsonNode user = null;
        for (JsonNode m : request.path("messages")) {
            if ("user".equals(m.path("role").asText())) {
                user = m;
            }
        }
        if (user == null) {
            throw new IllegalArgumentException("messages must hold a user message");
        }
        StringBuilder text = new StringBuilder();
        float[] pixels = null;
        JsonNode content = user.path("content");
        if (content.isTextual()) {
            text.append(content.asText());
        }
        for (JsonNode part : content.isArray() ? content : JSON.createArrayNode()) {
            switch (part.path("type").asText()) {
                case "text" -> text.append(text.isEmpty() ? "" : "\n").append(part.path("text").asText());
                case "image_url" -> {
                    if (pixels != null) {
                        throw new IllegalArgumentException("the built-in model takes one image per request");
                    }
                    pixels = pixels(part.path("image_url").path("url").asText());
                }
                default -> throw new IllegalArgumentException("unsupported content part type '" + part.path("type").asText() + "'");
            }
        }
        SamplingOptions o = new SamplingOptions(request.path("temperature").asDouble(defaults.temperature()),
                request.path("top_p").asDouble(defaults.topP()),
                request.path("max_tokens").asInt(request.path("max_completion_tokens").asInt(defaults.maxTokens())), true);
        int[] prompt = model.tokenizer().encode(ChatFormat.prompt(text.toString()));
        long seed = request.has("seed") ? request.path("seed").asLong() : requests;
        requests++;
        int[] completion = model.sampler().sample(List.of(prompt), pixels == null ? null : List.of(pixels), o,
                new SplittableRandom(seed), false).completions().get(0);
        ObjectNode body = JSON.createObjectNode().put("id", "chatcmpl-" + requests).put("object", "chat.completion")
                .put("created", System.currentTimeMillis() / 1000).put("model", name);
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", model.tokenizer().decode(completion, true));
        choice.put("finish_reason", completion.length >= o.maxTokens() ? "length" : "stop");
        body.putObject("usage").put("prompt_tokens", prompt.length).put("completion_tokens", completion.length)
                .put("total_tokens", prompt.length + completion.length);
        return body;
    }

    private float[] pixels(String url) {
        int comma = url.indexOf(',');
        if (!url.startsWith("data:image/") || comma < 0 || !url.substring(0, comma).endsWith(";base64")) {
            throw new IllegalArgumentException("images must be base64 data URLs (data:image/png;base64,...)");
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(comma + 1))));
            if (image == null) {
                throw new IllegalArgumentException("the image data URL holds no readable image");
            }
            return PuzzleImages.pixels(image, model.model().config().vision().imageSize());
        } catch (IOException e) {
            throw new IllegalArgumentException("unreadable image: " + e.getMessage());
        }
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
    }
}
