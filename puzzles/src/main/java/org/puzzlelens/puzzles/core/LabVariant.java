package org.puzzlelens.puzzles.core;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * A lab variant of a puzzle type ({@link Suite#LAB}): the released image with a question whose
 * reasoning is one short step, so perception is the whole difficulty. Its options are a fixed list
 * in a fixed order and its description is the fact lines themselves, so a small model reads the same
 * compact text in the text condition that it is asked to write as a transcription.
 *
 * @param <S> the state record of the varied type
 */
public interface LabVariant<S extends Record> extends PuzzleType<S> {
    /** The answer options, always these, in this order. */
    List<String> fixedOptions();

    @Override
    default List<String> options(S state, Solution solution, RandomGenerator rng) {
        return fixedOptions();
    }

    @Override
    default String describe(S state) {
        return Facts.format(facts(state)).strip();
    }

    /** Lab records carry their facts under {@code solution.facts}, so the released reader rebuilds them alone. */
    @Override
    default S fromReleased(JsonNode record) {
        JsonNode facts = Released.node(Released.solution(record), "facts");
        return fromFacts(null, Facts.parse(facts.asText()))
                .orElseThrow(() -> new MalformedRecordException("lab record's solution.facts do not determine a "
                        + type() + " state: " + facts.asText()));
    }

    private String type() {
        return info().name();
    }
}
