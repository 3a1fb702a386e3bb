package org.puzzlelens.puzzles.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Tag;

/**
 * The record format: the released AlgoPuzzleVQA fields first ({@code image, question, options,
 * answer, solution}), so that tools reading the released files read ours, then PuzzleLens's own.
 */
public final class Records {
    private Records() {}

    public static ObjectNode write(PuzzleInstance inst, String imagePath) {
        ObjectNode o = Json.object();
        o.put("image", imagePath);
        o.put("question", inst.question());
        ArrayNode options = o.putArray("options");
        inst.options().forEach(options::add);
        o.put("answer", inst.answer());
        if (!inst.solution().isEmpty()) {
            o.set("solution", inst.solution());
        }
        inst.topLevel().properties().forEach(e -> o.set(e.getKey(), e.getValue()));
        o.put("id", inst.id());
        o.put("type", inst.typeName());
        o.put("suite", inst.type().info().suite().title());
        o.put("in_domain", inst.type().info().inDomain());
        o.put("seed", inst.seed());
        o.put("index", inst.index());
        o.put("preset", inst.preset().id());
        ObjectNode params = o.putObject("parameters");
        for (Map.Entry<String, Object> e : inst.parameters().values().entrySet()) {
            params.set(e.getKey(), Json.tree(e.getValue()));
        }
        ArrayNode tags = o.putArray("tags");
        inst.type().info().tags().stream().sorted().map(Tag::name).forEach(tags::add);
        o.put("description", inst.description());
        ArrayNode trace = o.putArray("trace");
        inst.trace().forEach(trace::add);
        ObjectNode facts = o.putObject("facts");
        for (Fact f : inst.facts()) {
            facts.put(f.key(), f.value());
        }
        o.set("state", Json.tree(inst.state()));
        return o;
    }

    /** A field as text (the released PuzzleVQA mixes ints and strings), or null when absent. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
