package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Evidence;
import org.puzzlelens.rewards.RewardEngine;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.design.Design;
import org.puzzlelens.rewards.design.DesignConfig;
import org.puzzlelens.rewards.design.Reward;

/** The service's routes, as JSON in and JSON out: health, OpenRLHF's {@code /get_reward}, and the native batch. */
final class RewardApi {
    // batches smaller than this are scored on the request's own thread
    private static final int PARALLEL_FROM = 32;
    // a batch is scored and written this many completions at a time, so that what is held beside the
    // request's own data is one chunk's readings, not the whole batch's
    private static final int CHUNK = 256;

    private final RewardEngine engine;
    private final Design design;
    private final TargetResolver resolver;
    private final RecordIndex index;
    private final int maxItems;
    private final Gate gate;

    RewardApi(RewardEngine engine, ServerConfig config, TargetResolver resolver, RecordIndex index, Gate gate) {
        this.engine = engine;
        this.design = engine.designs().design(config.design());
        this.resolver = resolver;
        this.index = index;
        this.maxItems = config.maxItems();
        this.gate = gate;
    }

    Answer health() {
        ObjectNode o = Json.object();
        o.put("status", "ok");
        o.put("design", design.name());
        o.put("records", index.size());
        o.put("in_flight", gate.inFlight() - 1); // not counting this request
        return Answer.of(o);
    }

    /**
     * OpenRLHF's remote reward: {@code query} holds prompt + completion, {@code labels} our labels or
     * record ids; the completion is found in each query with the help of {@code prompts}, when sent
     * (see {@link ResponseText#fromQuery}).
     */
    Answer openRlhf(JsonNode body) {
        List<String> queries = Fields.strings(body, "query", true);
        List<String> labels = Fields.strings(body, "labels", true);
        List<String> prompts = Fields.strings(body, "prompts", false);
        checkSize(queries.size());
        if (labels.size() != queries.size() || (prompts != null && prompts.size() != queries.size())) {
            throw ApiError.badRequest("'query' (" + queries.size() + "), 'labels' (" + labels.size() + ")"
                    + (prompts == null ? "" : " and 'prompts' (" + prompts.size() + ")")
                    + " must have the same length");
        }
        List<RewardTarget> targets = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            targets.add(resolver.resolve(Json.MAPPER.getNodeFactory().textNode(labels.get(i)), "labels[" + i + "]"));
        }
        List<Reward> rewards = map(
                queries.size(),
                i -> design.score(engine.read(
                        targets.get(i),
                        ResponseText.fromQuery(queries.get(i), prompts == null ? null : prompts.get(i)))));
        ObjectNode o = Json.object();
        ArrayNode totals = o.putArray("rewards");
        ArrayNode scores = o.putArray("scores");
        Map<String, ArrayNode> logs = new LinkedHashMap<>();
        ObjectNode extra = o.putObject("extra_logs");
        for (Reward r : rewards) {
            totals.add(r.total());
            scores.add(r.normalised());
            r.components()
                    .forEach((name, v) ->
                            logs.computeIfAbsent(name, extra::putArray).add(v));
        }
        return Answer.of(o);
    }

    /**
     * The native batch: {@code items} of {@code {"completion": ..., "id" | "label" | "record": ...}},
     * optional {@code design} (a name, a comma-separated list, {@code all}, or an inline design
     * {@code {"terms": {component: weight}}}, scored as {@code custom}); every component,
     * the answer read, the perception tally and the behaviour metrics come back per item.
     */
    Answer batch(byte[] body) {
        Optional<BatchBody> usual = BatchBody.read(body, maxItems);
        if (usual.isEmpty()) {
            return batch(RequestBody.tree(body));
        }
        BatchBody items = usual.get();
        List<Design> designs = designs(items.design());
        List<RewardTarget> targets = new ArrayList<>(items.size());
        List<String> completions = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            completions.add(ResponseText.stripSpecialTokens(items.completions().get(i)));
            targets.add(resolver.resolve(items.references().get(i), "items[" + i + "]"));
        }
        return scored(designs, targets, completions);
    }

    /** The batch read from its tree: every body that is not of {@link BatchBody}'s usual shape. */
    Answer batch(JsonNode body) {
        JsonNode items = body.get("items");
        if (items == null || !items.isArray() || items.isEmpty()) {
            throw ApiError.badRequest(
                    "'items' must be a non-empty list of {\"completion\": ..., \"id\" | \"label\" | \"record\": ...}");
        }
        checkSize(items.size());
        List<Design> designs = designs(body.get("design"));
        List<RewardTarget> targets = new ArrayList<>();
        List<String> completions = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String where = "items[" + i + "]";
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                throw ApiError.badRequest(where + " must be an object, got " + Fields.kind(item));
            }
            completions.add(ResponseText.stripSpecialTokens(Fields.text(item, "completion", where)));
            targets.add(resolver.resolve(reference(item, where), where));
        }
        return scored(designs, targets, completions);
    }

    /** Scores and writes the batch {@link #CHUNK} completions at a time. */
    private Answer scored(List<Design> designs, List<RewardTarget> targets, List<String> completions) {
        int n = completions.size();
        return g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("results");
            for (int from = 0; from < n; from += CHUNK) {
                int first = from;
                List<Scored> chunk = map(Math.min(CHUNK, n - from), i -> {
                    Evidence e = engine.read(targets.get(first + i), completions.get(first + i));
                    Map<String, Reward> rewards = new LinkedHashMap<>();
                    designs.forEach(d -> rewards.put(d.name(), d.score(e)));
                    return new Scored(e, rewards);
                });
                for (Scored s : chunk) {
                    g.writeStartObject();
                    RewardJson.writeFields(g, s.evidence(), s.rewards());
                    g.writeEndObject();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        };
    }

    private record Scored(Evidence evidence, Map<String, Reward> rewards) {}

    private static JsonNode reference(JsonNode item, String where) {
        List<String> given = new ArrayList<>();
        for (String key : List.of("id", "label", "record")) {
            if (item.hasNonNull(key)) {
                given.add(key);
            }
        }
        if (given.size() != 1) {
            throw ApiError.badRequest(where + ": give exactly one of 'id', 'label' or 'record'"
                    + (given.isEmpty() ? "" : " (got " + String.join(", ", given) + ")"));
        }
        JsonNode ref = item.get(given.get(0));
        if (!given.get(0).equals("record") && !ref.isTextual()) {
            throw ApiError.badRequest(where + ": '" + given.get(0) + "' must be a string, got " + Fields.kind(ref));
        }
        if (given.get(0).equals("record") && !ref.isObject()) {
            throw ApiError.badRequest(where + ": 'record' must be an object, got " + Fields.kind(ref));
        }
        return ref;
    }

    private List<Design> designs(JsonNode requested) {
        if (requested == null || requested.isNull()) {
            return List.of(design);
        }
        if (requested.isObject()) {
            return List.of(DesignConfig.inline(requested, engine.designs()));
        }
        if (!requested.isTextual()) {
            throw ApiError.badRequest("'design' must be a design name, a comma-separated list, all, or an inline "
                    + "design {\"terms\": {component: weight, ...}}");
        }
        return engine.designs().select(requested.asText());
    }

    private void checkSize(int n) {
        if (n > maxItems) {
            throw new ApiError(413, n + " items is more than the service's limit of " + maxItems + " per request");
        }
    }

    /**
     * A large batch in parallel where there is more than one core to run it on; with one (a service pinned
     * to a core) the common pool's hand-offs and joins cost 4% of the batch endpoint's CPU for no speed.
     */
    private static <T> List<T> map(int n, IntFunction<T> f) {
        IntStream range = IntStream.range(0, n);
        boolean parallel = n >= PARALLEL_FROM && Runtime.getRuntime().availableProcessors() > 1;
        return (parallel ? range.parallel() : range).mapToObj(f).toList();
    }
}
