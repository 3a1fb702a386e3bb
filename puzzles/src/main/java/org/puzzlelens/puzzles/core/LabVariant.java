package org.puzzlelens.puzzles.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * A lab variant of a puzzle type ({@link Suite#LAB}): the released image with a question whose
 * reasoning is one short step, so perception is the whole difficulty. Its options are a fixed list
 * in a fixed order and its description is the varied type's fact lines, so a small model reads the
 * same compact text in the text condition that it is asked to write as a transcription. What only
 * the question fixed in the varied type is constant here.
 *
 * @param <S> the state record of the varied type
 */
public abstract class LabVariant<S extends Record> extends PuzzleParts<S> {
    private final List<String> options;

    /**
     * @param describer the varied type's describer, whose facts, guide and reading are kept
     * @param question the state whose question-only parts every lab instance shares
     * @param options the answer options, always these, in this order
     */
    protected LabVariant(
            TypeInfo info,
            BiFunction<Parameters, RandomGenerator, S> generator,
            Function<S, Solution> solver,
            Function<S, Canvas> canvas,
            BiConsumer<S, Graphics2D> renderer,
            Describer<S> describer,
            S question,
            List<String> options) {
        super(info, generator, solver, canvas, renderer, new FactLines<>(describer, question));
        this.options = List.copyOf(options);
    }

    public List<String> fixedOptions() {
        return options;
    }

    @Override
    public List<String> options(S state, Solution solution, RandomGenerator rng) {
        return options;
    }

    /** Lab records carry their facts under {@code solution.facts}, so the released reader rebuilds them alone. */
    @Override
    public S fromReleased(JsonNode record) {
        JsonNode facts = Released.node(Released.solution(record), "facts");
        return fromFacts(null, Facts.parse(facts.asText()))
                .orElseThrow(() -> new MalformedRecordException("lab record's solution.facts do not determine a "
                        + info().name() + " state: " + facts.asText()));
    }

    /** The solution fields of a lab record: its facts, one a line. */
    protected static ObjectNode factsField(List<Fact> facts) {
        return JsonNodeFactory.instance.objectNode().put("facts", Facts.format(facts));
    }

    /** The varied type's describer with its fact lines as the description and its question-only parts fixed. */
    private record FactLines<S extends Record>(Describer<S> original, S question) implements Describer<S> {
        @Override
        public String describe(S state) {
            return Facts.format(original.facts(state)).strip();
        }

        @Override
        public List<Fact> facts(S state) {
            return original.facts(state);
        }

        @Override
        public String guide() {
            return original.guide();
        }

        @Override
        public Optional<S> fromFacts(S ignored, List<Fact> facts) {
            return original.fromFacts(question, facts);
        }
    }
}
