package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads request fields with a 400 that names the field and what it should be. */
final class Fields {
    private Fields() {}

    static List<String> strings(JsonNode body, String field, boolean required) {
        JsonNode v = body.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiError.badRequest("missing field '" + field + "' (a list of strings)");
            }
            return null;
        }
        if (!v.isArray()) {
            throw ApiError.badRequest("'" + field + "' must be a list of strings, got " + kind(v));
        }
        List<String> out = new ArrayList<>(v.size());
        for (int i = 0; i < v.size(); i++) {
            if (!v.get(i).isTextual()) {
                throw ApiError.badRequest("'" + field + "'[" + i + "] must be a string, got " + kind(v.get(i)));
            }
            out.add(v.get(i).asText());
        }
        return out;
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            throw ApiError.badRequest(where + ": missing field '" + field + "' (a string)");
        }
        if (!v.isTextual()) {
            throw ApiError.badRequest(where + ": '" + field + "' must be a string, got " + kind(v));
        }
        return v.asText();
    }

    static String kind(JsonNode v) {
        return v.getNodeType().name().toLowerCase(Locale.ROOT);
    }
}
