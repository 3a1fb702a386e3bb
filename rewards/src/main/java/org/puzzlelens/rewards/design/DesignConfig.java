package org.puzzlelens.rewards.design;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.puzzlelens.puzzles.io.Json;

/**
 * Reads a design config file (JSON): {@code parameters} override the defaults of {@link
 * RewardParameters}; {@code designs} replace built-in designs' terms or define new designs from
 * components. Unknown keys are errors, so a typo never silently keeps a default.
 *
 * <pre>{@code
 * {"parameters": {"visual_min_references": 3, "reasoning_target_chars": 1500,
 *                 "perception_wrong_penalty": 0.5, "perception_extra_penalty": 0.25},
 *  "designs": {"mixture": {"terms": {"accuracy": 1, "format_dta": 0.5}},
 *              "seeing": {"description": "perception only", "terms": {"perception": 1, "format_dta": 0.2}}}}
 * }</pre>
 */
public final class DesignConfig {
    private static final Set<String> TOP = Set.of("parameters", "designs");
    private static final Set<String> PARAMETERS = Set.of(
            "visual_min_references", "reasoning_target_chars", "perception_wrong_penalty", "perception_extra_penalty");
    private static final Set<String> DESIGN = Set.of("description", "terms");

    private DesignConfig() {}

    /** @throws IllegalArgumentException naming the file and the problem */
    public static Designs read(Path file) throws IOException {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        try {
            return parse(root);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    public static Designs parse(JsonNode root) {
        requireObject(root, "the config", TOP);
        RewardParameters p = parameters(root.path("parameters"));
        Designs base = Designs.builtIn(p);
        List<Design> extra = new ArrayList<>();
        JsonNode designs = root.path("designs");
        if (!designs.isMissingNode()) {
            requireObject(designs, "'designs'", null);
            for (Map.Entry<String, JsonNode> e : designs.properties()) {
                extra.add(design(e.getKey(), e.getValue(), base));
            }
        }
        return base.with(extra);
    }

    private static RewardParameters parameters(JsonNode node) {
        RewardParameters d = RewardParameters.DEFAULTS;
        if (node.isMissingNode()) {
            return d;
        }
        requireObject(node, "'parameters'", PARAMETERS);
        return new RewardParameters(
                integer(node, "visual_min_references", d.visualMinReferences()),
                integer(node, "reasoning_target_chars", d.reasoningTargetChars()),
                number(node, "perception_wrong_penalty", d.perceptionWrongPenalty()),
                number(node, "perception_extra_penalty", d.perceptionExtraPenalty()));
    }

    /**
     * A design given inline, {@code {"terms": {component: weight, ...}, "description"?: ...}}, as a
     * request of the reward service may carry it; named {@code custom}.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static Design inline(JsonNode node, Designs base) {
        return design("custom", node, base);
    }

    private static Design design(String name, JsonNode node, Designs base) {
        requireObject(node, "design '" + name + "'", DESIGN);
        JsonNode terms = node.path("terms");
        if (!terms.isObject() || terms.isEmpty()) {
            throw new IllegalArgumentException("design '" + name + "' needs 'terms': {component: weight, ...}");
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> t : terms.properties()) {
            if (!t.getValue().isNumber()) {
                throw new IllegalArgumentException(
                        "design '" + name + "': the weight of '" + t.getKey() + "' must be a number");
            }
            out.add(base.components().term(t.getKey(), t.getValue().asDouble()));
        }
        String description = node.path("description").isTextual()
                ? node.get("description").asText()
                : base.has(name) ? base.design(name).description() : "user-defined";
        return new Design(name, description, out);
    }

    private static void requireObject(JsonNode node, String what, Set<String> allowed) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        if (allowed != null) {
            for (String key : (Iterable<String>) node::fieldNames) {
                if (!allowed.contains(key)) {
                    throw new IllegalArgumentException(what + " has an unknown key '" + key + "'; allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()));
                }
            }
        }
    }

    private static int integer(JsonNode node, String field, int fallback) {
        JsonNode v = node.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.canConvertToInt() || !v.isIntegralNumber()) {
            throw new IllegalArgumentException("parameter " + field + " must be an integer");
        }
        return v.asInt();
    }

    private static double number(JsonNode node, String field, double fallback) {
        JsonNode v = node.get(field);
        if (v == null) {
            return fallback;
        }
        if (!v.isNumber()) {
            throw new IllegalArgumentException("parameter " + field + " must be a number");
        }
        return v.asDouble();
    }
}
