package org.puzzlelens.puzzles.core;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What the exact solver derives from a state: the answer as the released data writes it, the
 * step-by-step trace (short lines, numbered when shown), the type's released {@code solution} fields
 * (AlgoPuzzleVQA), and fields the released records carry at top level (PuzzleVQA's {@code caption,
 * explanation, deduction}).
 */
public record Solution(String answer, List<String> trace, ObjectNode fields, ObjectNode topLevel) {
    public Solution {
        trace = List.copyOf(trace);
    }

    /** An AlgoPuzzleVQA-style solution: everything under the record's {@code solution} field. */
    public Solution(String answer, List<String> trace, ObjectNode fields) {
        this(answer, trace, fields, JsonNodeFactory.instance.objectNode());
    }
}
