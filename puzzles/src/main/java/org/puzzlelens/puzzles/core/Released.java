package org.puzzlelens.puzzles.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading the fields of a released record, with errors that name the missing or mistyped field.
 * Types use it in {@link PuzzleType#fromReleased}.
 */
public final class Released {
    private Released() {}

    public static String question(JsonNode record) {
        return string(record, "question");
    }

    /** The AlgoPuzzleVQA {@code solution} object. */
    public static JsonNode solution(JsonNode record) {
        JsonNode s = node(record, "solution");
        if (!s.isObject()) {
            throw new MalformedRecordException("'solution' must be an object");
        }
        return s;
    }

    public static JsonNode node(JsonNode parent, String field) {
        JsonNode v = parent.get(field);
        if (v == null || v.isNull()) {
            throw new MalformedRecordException("missing field '" + field + "'");
        }
        return v;
    }

    public static int integer(JsonNode parent, String field) {
        JsonNode v = node(parent, field);
        if (!v.canConvertToInt()
                || !(v.isIntegralNumber() || v.isTextual() && v.asText().matches("-?\\d+"))) {
            throw new MalformedRecordException("field '" + field + "' must be an integer, found " + v);
        }
        return v.asInt();
    }

    public static String string(JsonNode parent, String field) {
        JsonNode v = node(parent, field);
        if (!v.isValueNode()) {
            throw new MalformedRecordException("field '" + field + "' must be text, found " + v.getNodeType());
        }
        return v.asText();
    }

    public static List<Integer> intList(JsonNode parent, String field) {
        return ints(node(parent, field), field);
    }

    /** A list of lists of integers, such as a grid. */
    public static List<List<Integer>> intGrid(JsonNode parent, String field) {
        JsonNode v = array(node(parent, field), field);
        List<List<Integer>> out = new ArrayList<>();
        for (JsonNode row : v) {
            out.add(ints(row, field));
        }
        return List.copyOf(out);
    }

    public static List<String> stringList(JsonNode parent, String field) {
        JsonNode v = array(node(parent, field), field);
        List<String> out = new ArrayList<>();
        v.forEach(n -> out.add(n.asText()));
        return List.copyOf(out);
    }

    private static List<Integer> ints(JsonNode v, String field) {
        array(v, field);
        List<Integer> out = new ArrayList<>();
        for (JsonNode n : v) {
            if (!n.isIntegralNumber()) {
                throw new MalformedRecordException("field '" + field + "' must hold integers, found " + n);
            }
            out.add(n.asInt());
        }
        return List.copyOf(out);
    }

    private static JsonNode array(JsonNode v, String field) {
        if (!v.isArray()) {
            throw new MalformedRecordException("field '" + field + "' must be a list, found " + v.getNodeType());
        }
        return v;
    }
}
