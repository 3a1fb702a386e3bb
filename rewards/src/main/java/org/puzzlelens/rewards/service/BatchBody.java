package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The usual body of {@code POST /v1/rewards}, {@code {"items": [{"completion": "...", "id" | "label": "..."},
 * ...], "design"?: ...}}, read in one pass of Jackson's streaming parser into the strings the batch needs,
 * without a tree: the tree's nodes and maps per item were most of the body's parse. Anything else (an
 * inline record, a field that is null, repeated or unknown, a value of another kind, an empty or too long
 * list, a body that is not JSON) is left to the tree's reading, which answers it as it always has, errors
 * and their order included; RewardApiBatchBodyTest holds the two readings to the same answers.
 *
 * @param completions each item's completion, as sent
 * @param references each item's record id or label, as sent
 * @param design the {@code design} field's value (a string or an object), null when absent
 */
record BatchBody(List<String> completions, List<String> references, JsonNode design) {
    /** @return the body, or empty when it is not of the usual shape or not JSON */
    static Optional<BatchBody> read(byte[] body, int maxItems) {
        try (JsonParser p = ServiceJson.MAPPER.createParser(body)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            List<String> completions = null;
            List<String> references = null;
            JsonNode design = null;
            // the loop ends at the object's end: nextToken throws on anything else
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                p.nextToken();
                if (field.equals("items") && completions == null) {
                    completions = new ArrayList<>();
                    references = new ArrayList<>();
                    if (!readItems(p, completions, references, maxItems)) {
                        return Optional.empty();
                    }
                } else if (field.equals("design")
                        && design == null
                        && (p.currentToken() == JsonToken.VALUE_STRING || p.currentToken() == JsonToken.START_OBJECT)) {
                    design = p.readValueAsTree(); // a name or list, or an inline design
                } else {
                    return Optional.empty();
                }
            }
            return completions == null ? Optional.empty() : Optional.of(new BatchBody(completions, references, design));
        } catch (IOException e) {
            return Optional.empty(); // not JSON, or over a parser limit: the tree's reading says which
        }
    }

    /** The items of a non-empty list of at most {@code maxItems}; false at anything unusual. */
    private static boolean readItems(JsonParser p, List<String> completions, List<String> references, int maxItems)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            return false;
        }
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
            if (t != JsonToken.START_OBJECT || completions.size() == maxItems) {
                return false;
            }
            String completion = null;
            String reference = null;
            for (t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String field = p.currentName();
                if (p.nextToken() != JsonToken.VALUE_STRING) {
                    return false;
                }
                if (field.equals("completion") && completion == null) {
                    completion = p.getText();
                } else if ((field.equals("id") || field.equals("label")) && reference == null) {
                    reference = p.getText();
                } else {
                    return false;
                }
            }
            if (completion == null || reference == null) {
                return false;
            }
            completions.add(completion);
            references.add(reference);
        }
        return !completions.isEmpty();
    }

    int size() {
        return completions.size();
    }
}
