package org.puzzlelens.puzzles.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** The project's one JSON mapper. Writes compact single-line JSON, so records fit JSON Lines. */
public final class Json {
    public static final ObjectMapper MAPPER =
            JsonMapper.builder().disable(SerializationFeature.INDENT_OUTPUT).build();

    private Json() {}

    /**
     * Why text did not read as JSON, for a message: a value over the reader's size limits (a string of
     * more than 20,000,000 characters, say) is named as that, not as malformed JSON.
     */
    public static String problem(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException) {
            return "a value is larger than the JSON reader accepts (" + e.getOriginalMessage()
                    + "); shorten it or split the input";
        }
        return "malformed JSON: " + e.getOriginalMessage();
    }

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    public static String line(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode tree(Object value) {
        return MAPPER.valueToTree(value);
    }
}
