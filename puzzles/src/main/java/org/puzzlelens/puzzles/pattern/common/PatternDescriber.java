package org.puzzlelens.puzzles.pattern.common;

import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Fact;

/** A type's textual side: its description, its facts and how to read them back. */
public interface PatternDescriber<S extends Record> {
    String describe(S state);

    List<Fact> facts(S state);

    String guide();

    /** The state the facts state; what only the question says comes from {@code question}. */
    Optional<S> fromFacts(S question, List<Fact> facts);
}
