package org.puzzlelens.eval.backend.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
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
 * OpenAI-compatible chat completions ({@code POST {base}/chat/completions}): OpenAI, vLLM, SGLang,
 * Ollama, llama.cpp server. Images go as {@code image_url} parts holding a data URL. Several samples
 * of one prompt are asked for in one request with {@code n}, unless {@code use-n=false} (servers that
 * ignore {@code n}).
 */
public final class OpenAiBackend implements Backend {
    static final URI DEFAULT_BASE = URI.create("https://api.openai.com/v1");

    private final HttpTransport http;
    private final URI endpoint;
    private final String model;
    private final Map<String, String> headers;
    private final boolean useN;

    OpenAiBackend(BackendSettings settings) throws BackendConfigException {
        settings.allowOptions("openai", Set.of("use-n"));
        String key = settings.apiKey("OPENAI_API_KEY", false);
        this.http = new HttpTransport(
                settings.retry(),
                settings.timeout(),
                "check the key in " + (settings.apiKeyEnv() == null ? "OPENAI_API_KEY" : settings.apiKeyEnv()));
        this.endpoint =
                Endpoints.resolve(settings.baseUrl() == null ? DEFAULT_BASE : settings.baseUrl(), "chat/completions");
        this.model = settings.model();
        this.headers = key == null ? Map.of() : Map.of("authorization", "Bearer " + key);
        this.useN = settings.booleanOption("use-n", true);
    }

    @Override
    public List<Completion> complete(ModelRequest request)
            throws RequestFailedException, BackendConfigException, InterruptedException {
        if (!useN && request.samples().size() > 1) {
            return Endpoints.onePerSample(this, request);
        }
        int n = request.samples().size();
        HttpTransport.Response r = http.post(endpoint, headers, Json.line(body(request, n)));
        JsonNode reply = JsonBodies.parse(r);
        JsonNode choices = reply.path("choices");
        if (!choices.isArray() || choices.size() < n) {
            throw new RequestFailedException(
                    "asked for " + n + " choice(s), the server returned "
                            + (choices.isArray() ? choices.size() : "none")
                            + (n > 1 ? "; if it ignores n, set --backend-option use-n=false" : ""),
                    r.attempts());
        }
        JsonNode usage = reply.path("usage");
        Usage total =
                new Usage(JsonBodies.tokens(usage, "prompt_tokens"), JsonBodies.tokens(usage, "completion_tokens"));
        List<Completion> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            JsonNode content = choices.get(i).path("message").path("content");
            out.add(new Completion(
                    content.isTextual() ? content.asText() : "", i == 0 ? total : Usage.NONE, r.attempts()));
        }
        return out;
    }

    ObjectNode body(ModelRequest request, int n) {
        ObjectNode body = Json.object();
        body.put("model", model);
        ArrayNode messages = body.putArray("messages");
        for (Message m : request.messages()) {
            ObjectNode msg = messages.addObject();
            if (m.role() == Message.Role.ASSISTANT) {
                msg.put("role", "assistant");
                msg.put("content", m.text());
                continue;
            }
            msg.put("role", "user");
            ArrayNode content = msg.putArray("content");
            for (Message.Part part : m.parts()) {
                switch (part) {
                    case Message.Text t ->
                        content.addObject().put("type", "text").put("text", t.text());
                    case Message.Image img ->
                        content.addObject()
                                .put("type", "image_url")
                                .putObject("image_url")
                                .put("url", img.data().dataUrl());
                }
            }
        }
        var s = request.sampling();
        body.put("temperature", s.temperature());
        if (s.topP() != null) {
            body.put("top_p", s.topP());
        }
        body.put("max_tokens", s.maxTokens());
        if (n > 1) {
            body.put("n", n);
        }
        if (s.seed() != null) {
            body.put("seed", s.seed());
        }
        return body;
    }

    /** {@code --backend openai}. */
    public static final class Provider implements BackendProvider {
        @Override
        public String name() {
            return "openai";
        }

        @Override
        public String summary() {
            return "OpenAI-compatible chat completions (OpenAI, vLLM, SGLang, Ollama, llama.cpp); key from "
                    + "OPENAI_API_KEY or --api-key-env; option use-n=false for servers without n";
        }

        @Override
        public Backend create(BackendSettings settings) throws BackendConfigException {
            return new OpenAiBackend(settings);
        }
    }
}
