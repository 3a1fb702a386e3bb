package org.puzzlelens.eval.backend.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.puzzlelens.eval.backend.RequestFailedException;
import org.puzzlelens.puzzles.io.Json;

/** Parsing response bodies, with a failure that quotes what came back. */
final class JsonBodies {
    private JsonBodies() {}

    static JsonNode parse(HttpTransport.Response r) throws RequestFailedException {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (JsonProcessingException e) {
            throw new RequestFailedException("the server's reply is not JSON: " + e.getOriginalMessage(), r.attempts());
        }
    }

    static long tokens(JsonNode usage, String field) {
        return usage.path(field).asLong(0);
    }
}
