package org.puzzlelens.train.rewards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.metrics.Behaviour;
import org.puzzlelens.train.grpo.CompletionReward;
import org.puzzlelens.train.grpo.Rollout;
import org.puzzlelens.train.grpo.Scored;

/**
 * A design scored by a running {@code puzzlelens rewards serve} through its native batch endpoint
 * ({@code POST /v1/rewards}): one request per GRPO step, holding every rollout. Each item carries
 * the puzzle as an export label, so the service needs no suite folder. Any failure stops training:
 * a reward that silently went missing would bias it.
 */
public final class ServiceReward implements CompletionReward {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private final URI endpoint;
    private final String design;
    private final String token;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /**
     * @param baseUrl the service, e.g. {@code http://127.0.0.1:8000}
     * @param token the bearer token, or null for a service run with {@code --no-auth}
     */
    public ServiceReward(URI baseUrl, String design, String token) {
        String base = baseUrl.toString().replaceAll("/+$", "");
        if (!base.startsWith("http://") && !base.startsWith("https://")) {
            throw new IllegalArgumentException(
                    "--reward-url must be an http(s) URL such as http://127.0.0.1:8000, got " + baseUrl);
        }
        this.endpoint = URI.create(base + "/v1/rewards");
        this.design = design;
        this.token = token;
    }

    /** Reads the token written by {@code rewards serve} (its path is printed when it starts). */
    public static String readToken(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(
                    "--reward-token-file " + file + " does not exist; `rewards serve` prints "
                            + "the path of its token file (default ~/.puzzlelens/reward-token)");
        }
        return Files.readString(file).strip();
    }

    @Override
    public String name() {
        return design;
    }

    @Override
    public List<Scored> score(List<Rollout> rollouts) {
        ObjectNode body = Json.object().put("design", design);
        ArrayNode items = body.putArray("items");
        for (Rollout r : rollouts) {
            items.addObject()
                    .put("label", RewardTargets.label(PuzzleTargets.of(r.puzzle())))
                    .put("completion", r.completion());
        }
        JsonNode results = post(body).path("results");
        if (results.size() != rollouts.size()) {
            throw new IllegalStateException(
                    endpoint + " answered " + results.size() + " results for " + rollouts.size() + " items");
        }
        List<Scored> out = new ArrayList<>();
        for (JsonNode result : results) {
            out.add(scored(result));
        }
        return out;
    }

    private Scored scored(JsonNode result) {
        JsonNode reward = result.path("rewards").path(design);
        if (!reward.path("total").isNumber()) {
            throw new IllegalStateException(
                    endpoint + " answered without a total for design " + design + ": " + result);
        }
        Map<String, Double> components = new LinkedHashMap<>();
        reward.path("components")
                .properties()
                .forEach(e -> components.put(e.getKey(), e.getValue().asDouble()));
        components.putIfAbsent("accuracy", result.path("answer").path("correct").asBoolean() ? 1.0 : 0.0);
        return new Scored(reward.path("total").asDouble(), components, behaviour(result.path("behaviour")));
    }

    /** The service's {@code behaviour} object, as {@code RewardJson} writes it. */
    private Behaviour behaviour(JsonNode b) {
        if (!b.path("characters").isInt()) {
            throw new IllegalStateException(endpoint + " answered without the completion's behaviour: " + b);
        }
        return new Behaviour(
                b.path("characters").asInt(),
                b.path("tokens").isInt() ? OptionalInt.of(b.path("tokens").asInt()) : OptionalInt.empty(),
                b.path("reasoning_characters").asInt(),
                b.path("reasoning_steps").asInt(),
                b.path("self_reflections").asInt(),
                b.path("visual_references").asInt());
    }

    private JsonNode post(ObjectNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.line(body)));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "reward service " + endpoint + " answered " + response.statusCode() + ": " + response.body()
                                + (response.statusCode() == 401 ? " (give its token with --reward-token-file)" : ""));
            }
            return Json.MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot reach the reward service at " + endpoint + " (is `puzzlelens rewards "
                            + "serve` running?): " + e.getMessage(),
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the reward service", e);
        }
    }
}
