package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;

/**
 * Finds what a request item is graded against: a record id of the served suite, a label our exports
 * wrote (a JSON object in a string), or an inline record.
 */
final class TargetResolver {
    private final RecordIndex index;
    private final Registry registry;

    TargetResolver(RecordIndex index, Registry registry) {
        this.index = index;
        this.registry = registry;
    }

    RewardTarget resolve(JsonNode reference, String where) {
        if (reference instanceof ObjectNode record) {
            return inline(record, where);
        }
        if (reference == null || !reference.isTextual()) {
            throw ApiError.badRequest(where + ": give a record id or label (string) or a record (object)");
        }
        return resolve(reference.asText(), where);
    }

    /** A record id, or a label our exports wrote. */
    RewardTarget resolve(String reference, String where) {
        String text = reference.strip();
        if (text.startsWith("{")) {
            try {
                JsonNode parsed = ServiceJson.MAPPER.readTree(text);
                if (parsed instanceof ObjectNode record) {
                    return inline(record, where);
                }
            } catch (JsonProcessingException e) {
                throw ApiError.badRequest(where + ": the label is not valid JSON: " + e.getOriginalMessage());
            }
        }
        return index.find(text)
                .orElseThrow(() -> new ApiError(
                        404,
                        where + ": unknown record id '" + abbreviate(text) + "'; the service holds " + index.size()
                                + " records from " + index.source()));
    }

    private RewardTarget inline(ObjectNode record, String where) {
        try {
            return RewardTargets.of(record, where, registry);
        } catch (MalformedRecordException | IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "...";
    }
}
