package org.puzzlelens.train.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.Base64;
import java.util.OptionalLong;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * A chat-completions request read and checked before it waits for the model: the last user
 * message's text and at most one image, and sampling parameters within limits. Every violation is
 * an {@link IllegalArgumentException} whose message names the field, what is allowed and what came.
 */
record ChatRequest(String text, byte[] image, SamplingOptions sampling, OptionalLong seed) {

    /**
     * @param maxTokens the most new tokens a request may ask for (the model's positions)
     */
    static ChatRequest read(JsonNode request, SamplingOptions defaults, int maxTokens, ServeLimits limits) {
        if (!request.isObject()) {
            throw new IllegalArgumentException("the body must be a JSON object with 'messages'");
        }
        JsonNode user = null;
        for (JsonNode m : request.path("messages")) {
            if ("user".equals(m.path("role").asText())) {
                user = m;
            }
        }
        if (user == null) {
            throw new IllegalArgumentException("messages must hold a user message");
        }
        StringBuilder text = new StringBuilder();
        byte[] image = null;
        JsonNode content = user.path("content");
        if (content.isTextual()) {
            text.append(content.asText());
        }
        for (JsonNode part : content.isArray() ? content : MissingNode.getInstance()) {
            switch (part.path("type").asText()) {
                case "text" ->
                    text.append(text.isEmpty() ? "" : "\n")
                            .append(part.path("text").asText());
                case "image_url" -> {
                    if (image != null) {
                        throw new IllegalArgumentException("the built-in model takes one image per request");
                    }
                    image = dataUrl(part.path("image_url").path("url").asText());
                }
                default ->
                    throw new IllegalArgumentException("unsupported content part type '"
                            + part.path("type").asText() + "'");
            }
        }
        if (text.length() > limits.maxTextChars()) {
            throw new IllegalArgumentException("the user message has " + text.length() + " characters of text; at most "
                    + limits.maxTextChars() + " are accepted");
        }
        integer(request, "n", 1, 1, 1); // one choice per request: more is refused, never silently ignored
        String tokensField = request.has("max_tokens") ? "max_tokens" : "max_completion_tokens";
        SamplingOptions sampling = new SamplingOptions(
                number(request, "temperature", defaults.temperature(), 0, 2),
                number(request, "top_p", defaults.topP(), Double.MIN_VALUE, 1),
                integer(request, tokensField, Math.min(defaults.maxTokens(), maxTokens), 1, maxTokens),
                true);
        JsonNode seed = request.path("seed");
        if (!seed.isMissingNode() && !seed.isNull() && !(seed.isIntegralNumber() && seed.canConvertToLong())) {
            throw new IllegalArgumentException("seed must be an integer, got " + seed);
        }
        return new ChatRequest(
                text.toString(),
                image,
                sampling,
                seed.isIntegralNumber() ? OptionalLong.of(seed.asLong()) : OptionalLong.empty());
    }

    private static byte[] dataUrl(String url) {
        int comma = url.indexOf(',');
        if (!url.startsWith("data:image/")
                || comma < 0
                || !url.substring(0, comma).endsWith(";base64")) {
            throw new IllegalArgumentException("images must be base64 data URLs (data:image/png;base64,...)");
        }
        try {
            return Base64.getDecoder().decode(url.substring(comma + 1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the image data URL is not valid base64: " + e.getMessage());
        }
    }

    /** An integer field in [min, max]; 1e10 or 2147483648 are rejected here, never cut to an int. */
    private static int integer(JsonNode request, String field, int absent, int min, int max) {
        JsonNode v = request.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return absent;
        }
        if (!v.isIntegralNumber() || !v.canConvertToInt() || v.asInt() < min || v.asInt() > max) {
            throw new IllegalArgumentException(field + " must be an integer in " + min + ".." + max
                    + (field.contains("tokens") ? " (the model's positions)" : "") + ", got " + v);
        }
        return v.asInt();
    }

    private static double number(JsonNode request, String field, double absent, double min, double max) {
        JsonNode v = request.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return absent;
        }
        if (!v.isNumber() || !Double.isFinite(v.asDouble()) || v.asDouble() < min || v.asDouble() > max) {
            throw new IllegalArgumentException(field + " must be a number in "
                    + (min == Double.MIN_VALUE ? "(0" : "[" + min) + ", " + max + "], got " + v);
        }
        return v.asDouble();
    }
}
