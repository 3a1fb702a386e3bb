package org.puzzlelens.eval.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.puzzlelens.puzzles.io.Json;

/** Reply bodies in the two wire formats, and reading the prompt text out of a request. */
public final class Replies {
    private Replies() {}

    public static String openAi(String... contents) {
        ObjectNode o = Json.object();
        o.put("object", "chat.completion");
        ArrayNode choices = o.putArray("choices");
        for (int i = 0; i < contents.length; i++) {
            ObjectNode c = choices.addObject();
            c.put("index", i);
            c.putObject("message").put("role", "assistant").put("content", contents[i]);
            c.put("finish_reason", "stop");
        }
        o.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 10 * contents.length);
        return Json.line(o);
    }

    public static String anthropic(String text) {
        ObjectNode o = Json.object();
        o.put("type", "message").put("role", "assistant");
        o.putArray("content").addObject().put("type", "text").put("text", text);
        o.put("stop_reason", "end_turn");
        o.putObject("usage").put("input_tokens", 200).put("output_tokens", 20);
        return Json.line(o);
    }

    /** The text parts of the first user message, in either format. */
    public static String promptText(JsonNode body) {
        StringBuilder out = new StringBuilder();
        for (JsonNode part : body.path("messages").get(0).path("content")) {
            if ("text".equals(part.path("type").asText())) {
                out.append(part.path("text").asText());
            }
        }
        return out.toString();
    }
}
