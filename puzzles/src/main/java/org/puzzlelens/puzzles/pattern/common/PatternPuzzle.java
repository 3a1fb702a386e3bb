package org.puzzlelens.puzzles.pattern.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Graphics2D;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.PuzzleParts;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.TypeInfo;

/**
 * A PuzzleVQA type: the parts of {@link PuzzleParts} on one fixed canvas, one question for every
 * instance, options drawn by an {@link OptionRule}, and a released record read from its caption
 * (where PuzzleVQA states the pattern) by {@code fromCaption}, which the type's describer keeps
 * beside the caption it writes: the state the caption states, or a {@code MalformedRecordException}
 * naming what it lacks ({@link PatternAnswers#fromCaption}). The type's puzzle class states those,
 * nothing more.
 */
public abstract class PatternPuzzle<S extends Record> extends PuzzleParts<S> {
    private final String question;
    private final OptionRule<S> options;
    private final Function<String, S> fromCaption;

    protected PatternPuzzle(
            TypeInfo info,
            String question,
            OptionRule<S> options,
            Function<String, S> fromCaption,
            BiFunction<Parameters, RandomGenerator, S> generator,
            Function<S, Solution> solver,
            Canvas canvas,
            BiConsumer<S, Graphics2D> renderer,
            Describer<S> describer) {
        super(info, generator, solver, state -> canvas, renderer, describer);
        this.question = question;
        this.options = options;
        this.fromCaption = fromCaption;
    }

    @Override
    public final String question(S state) {
        return question;
    }

    @Override
    public final List<String> options(S state, Solution solution, RandomGenerator rng) {
        return options.draw(state, solution.answer(), rng);
    }

    @Override
    public final S fromReleased(JsonNode record) {
        return fromCaption.apply(PatternAnswers.caption(record));
    }
}
