package org.puzzlelens.rewards;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.DatasetRecord;
import org.puzzlelens.puzzles.io.Json;

/**
 * Builds reward targets from records of any registered type: our suite records, released records,
 * and the compact labels our exports write (see {@link #label}).
 */
public final class RewardTargets {
    private RewardTargets() {}

    /**
     * @throws MalformedRecordException naming what is missing or wrong
     */
    public static RewardTarget of(DatasetRecord record, Registry registry) {
        String typeName = record.typeName();
        PuzzleType<?> type = record.type(registry)
                .orElseThrow(() -> new MalformedRecordException(
                        record.where() + ": unknown puzzle type '" + typeName + "' (known: " + registry.names() + ")"));
        List<String> options = record.options();
        String answer = record.answer();
        int answerIndex = -1;
        for (int i = 0; i < options.size() && answerIndex < 0; i++) {
            if (type.sameAnswer(options.get(i), answer)) {
                answerIndex = i;
            }
        }
        if (answerIndex < 0) {
            throw new MalformedRecordException(
                    record.where() + ": answer '" + answer + "' is not among the options " + options);
        }
        String id = record.id().orElse(record.where());
        return new RewardTarget(id, type, options, answer, answerIndex, facts(record, type), stateOrNull(record, type));
    }

    /** The state of a full record; a compact label (no state, no released fields) has none. */
    private static Record stateOrNull(DatasetRecord record, PuzzleType<?> type) {
        try {
            return record.state(type);
        } catch (MalformedRecordException e) {
            return null;
        }
    }

    /** An inline record (a JSON object) of the given origin, e.g. a request item. */
    public static RewardTarget of(ObjectNode json, String origin, Registry registry) {
        if (!json.hasNonNull("type") || !json.get("type").isTextual()) {
            throw new MalformedRecordException(origin + ": a record needs a 'type' field naming its puzzle type");
        }
        return of(new DatasetRecord(Path.of(origin), 1, json), registry);
    }

    /**
     * The true facts: the record's {@code facts} (written from the generator's state) when present,
     * otherwise derived from the state the record carries or the released fields.
     */
    private static List<Fact> facts(DatasetRecord record, PuzzleType<?> type) {
        JsonNode facts = record.json().get("facts");
        if (facts == null || facts.isNull()) {
            return factsOfState(record, type);
        }
        if (!facts.isObject()) {
            throw new MalformedRecordException(record.where() + ": 'facts' must be an object of key: value");
        }
        List<Fact> out = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : facts.properties()) {
            if (!e.getValue().isValueNode() || e.getValue().isNull()) {
                throw new MalformedRecordException(
                        record.where() + ": fact '" + e.getKey() + "' must be a string or number");
            }
            out.add(new Fact(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    private static <S extends Record> List<Fact> factsOfState(DatasetRecord record, PuzzleType<S> type) {
        return type.facts(record.state(type));
    }

    /**
     * The compact label our exports carry in place of a gold answer: enough to grade a completion
     * without the suite folder ({@code id, type, options, answer, facts} and, when known, {@code state}), as one JSON line.
     */
    public static String label(RewardTarget target) {
        ObjectNode o = Json.object();
        o.put("id", target.id());
        o.put("type", target.typeName());
        var options = o.putArray("options");
        target.options().forEach(options::add);
        o.put("answer", target.answer());
        ObjectNode facts = o.putObject("facts");
        target.facts().forEach(f -> facts.put(f.key(), f.value()));
        if (target.state() != null) { // what the sufficiency reward rebuilds the described puzzle around
            o.set("state", Json.MAPPER.valueToTree(target.state()));
        }
        return Json.line(o);
    }
}
