package org.puzzlelens.rewards.service;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/** What a route answers: JSON written straight to the response's bytes, with no tree in between where none is needed. */
@FunctionalInterface
interface Answer {
    void write(JsonGenerator g) throws IOException;

    static Answer of(JsonNode node) {
        return g -> g.writeTree(node);
    }
}
