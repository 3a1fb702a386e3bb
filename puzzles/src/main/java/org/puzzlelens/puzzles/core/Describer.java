package org.puzzlelens.puzzles.core;

import java.util.List;
import java.util.Optional;

/**
 * A type's textual side: its description, its facts and how to read them back. Every type's
 * {@code <Type>Describer} implements it, so {@link PuzzleParts} can take any of them.
 */
public interface Describer<S extends Record> {
    /** A plain-English description complete enough to solve the puzzle without the image. */
    String describe(S state);

    /** The visible state as atomic facts, each with a distinct key. */
    List<Fact> facts(S state);

    /** How a model should transcribe this puzzle as facts (see {@link PuzzleType#factGuide()}). */
    String guide();

    /** The state the facts state; what only the question says comes from {@code question}. */
    Optional<S> fromFacts(S question, List<Fact> facts);
}
