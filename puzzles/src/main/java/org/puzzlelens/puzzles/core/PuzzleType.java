package org.puzzlelens.puzzles.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * One puzzle type. Each type lives in its own package with its state record, generator, solver,
 * renderer and describer side by side; a class implementing this interface wires them together and
 * is listed in {@code META-INF/services/org.puzzlelens.puzzles.core.PuzzleType}.
 *
 * <p>The state {@code S} is everything needed to pose and answer one instance: what the image shows
 * and what only the question says (the queried face, the time offset...). It must serialise with
 * Jackson, because records carry it for later re-scoring.
 *
 * @param <S> the state record
 */
public interface PuzzleType<S extends Record> {
    TypeInfo info();

    Class<S> stateType();

    /** Builds a state from drawn parameters; all randomness comes from {@code rng}. */
    S generate(Parameters params, RandomGenerator rng);

    /** The question text, worded as in the released data. */
    String question(S state);

    /** Solves the state exactly, independently of how the generator built it. */
    Solution solve(S state);

    /**
     * Answer options including the answer at a uniform position. The default follows the released
     * numeric rule: distractors of the same magnitude as the answer.
     */
    default List<String> options(S state, Solution solution, RandomGenerator rng) {
        return Options.numeric(Integer.parseInt(solution.answer()), rng);
    }

    /** Whether two answer strings mean the same (the released data sometimes writes one answer two ways). */
    default boolean sameAnswer(String a, String b) {
        return a.trim().equalsIgnoreCase(b.trim());
    }

    Canvas canvas(S state);

    /** Draws the state in canvas units on a white background; text uses {@link Fonts}. */
    void draw(S state, Graphics2D g);

    /** A plain-English description complete enough to solve the puzzle without the image. */
    String describe(S state);

    /** The visible state as atomic facts, each with a distinct key. */
    List<Fact> facts(S state);

    /**
     * How a model should transcribe this puzzle as facts: the keys, one line per fact, and the value
     * vocabulary. Used by the transcription probe and the perception reward.
     */
    String factGuide();

    /**
     * Rebuilds a state from transcribed facts; what only the question states is taken from {@code
     * question}. Empty when the facts do not determine a valid state.
     */
    Optional<S> fromFacts(S question, List<Fact> facts);

    /**
     * Reads a released AlgoPuzzleVQA or PuzzleVQA record into a state, from its question and its
     * {@code solution} fields (AlgoPuzzleVQA) or caption (PuzzleVQA), never from its answer.
     * {@link Released} reads fields with clear errors.
     *
     * @throws MalformedRecordException when the record lacks what the type needs
     */
    S fromReleased(JsonNode record);
}
