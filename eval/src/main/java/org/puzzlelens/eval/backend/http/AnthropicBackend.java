package org.puzzlelens.eval.backend.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.BackendProvider;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Completion;
import org.puzzlelens.eval.backend.Message;
import org.puzzlelens.eval.backend.ModelRequest;
import org.puzzlelens.eval.backend.RequestFailedException;
import org.puzzlelens.eval.backend.Usage;
import org.puzzlelens.puzzles.io.Json;

/**
 * The Anthropic Messages API ({@code POST {base}/v1/messages}, header {@code anthropic-version}).
 * Images go as base64 {@code image} blocks; the API has no {@code n} and no seed, so each sample is
 * its own request. Rate-limit headers and retry-after are honoured by {@link HttpTransport}.
 */
public final class AnthropicBackend implements Backend {
    static final URI DEFAULT_BASE = URI.create("https://api.anthropic.com");
    static final String DEFAULT_VERSION = "2023-06-01";

    private final HttpTransport http;
    private final URI endpoint;
    private final String model;
    private final Map<String, String> headers;

    AnthropicBackend(BackendSettings settings) throws BackendConfigException {
        settings.allowOptions("anthropic", Set.of("version"));
        String keyEnv = settings.apiKeyEnv() == null ? "ANTHROPIC_API_KEY" : settings.apiKeyEnv();
        String key = settings.apiKey("ANTHROPIC_API_KEY", true);
        this.http = new HttpTransport(settings.retry(), settings.timeout(), "check the key in " + keyEnv);
        this.endpoint =
                Endpoints.resolve(settings.baseUrl() == null ? DEFAULT_BASE : settings.baseUrl(), "v1/messages");
        this.model = settings.model();
        this.headers = Map.of("x-api-key", key, "anthropic-version", settings.option("version", DEFAULT_VERSION));
    }

    @Override
    public List<Completion> complete(ModelRequest request)
            throws RequestFailedException, BackendConfigException, InterruptedException {
        if (request.samples().size() > 1) {
            return Endpoints.onePerSample(this, request);
        }
        HttpTransport.Response r = http.post(endpoint, headers, Json.line(body(request)));
        JsonNode reply = JsonBodies.parse(r);
        JsonNode content = reply.path("content");
        if (!content.isArray()) {
            throw new RequestFailedException("the reply has no content blocks: " + reply, r.attempts());
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode block : content) {
            if ("text".equals(block.path("type").asText())) {
                text.append(block.path("text").asText());
            }
        }
        JsonNode usage = reply.path("usage");
        return List.of(new Completion(
                text.toString(),
                new Usage(JsonBodies.tokens(usage, "input_tokens"), JsonBodies.tokens(usage, "output_tokens")),
                r.attempts()));
    }

    ObjectNode body(ModelRequest request) {
        ObjectNode body = Json.object();
        body.put("model", model);
        var s = request.sampling();
        body.put("max_tokens", s.maxTokens());
        body.put("temperature", s.temperature());
        if (s.topP() != null) {
            body.put("top_p", s.topP());
        }
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            ObjectNode msg = messages.addObject();
            msg.put("role", m.role() == Message.Role.USER ? "user" : "assistant");
            ArrayNode content = msg.putArray("content");
            for (Message.Part part : m.parts()) {
                switch (part) {
                    case Message.Text t ->
                        content.addObject().put("type", "text").put("text", t.text());
                    case Message.Image img ->
                        content.addObject()
                                .put("type", "image")
                                .putObject("source")
                                .put("type", "base64")
                                .put("media_type", img.data().mediaType())
                                .put("data", img.data().base64());
                }
            }
        }
        return body;
    }

    /** {@code --backend anthropic}. */
    public static final class Provider implements BackendProvider {
        @Override
        public String name() {
            return "anthropic";
        }

        @Override
        public String summary() {
            return "Anthropic Messages API (Claude); key from ANTHROPIC_API_KEY or --api-key-env; option version=";
        }

        @Override
        public Backend create(BackendSettings settings) throws BackendConfigException {
            return new AnthropicBackend(settings);
        }
    }
}
