package org.puzzlelens.puzzles.core;

import com.fasterxml.jackson.databind.type.TypeFactory;
import java.awt.Graphics2D;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * The base of every puzzle type: it wires the parts that live beside the type's puzzle class (state
 * record, generator, solver, canvas and renderer, describer), so that the puzzle class itself holds
 * only what is specific to the type: its info, the question, and where the defaults do not fit,
 * the options, {@code sameAnswer} and {@code fromReleased}. The state record is the type argument
 * the puzzle class gives its base ({@code ClockPuzzle extends PuzzleParts<ClockState>}), read once
 * here, so no puzzle class names it twice.
 *
 * <p>The parts stay separate classes on purpose: the solver must not see how the generator built a
 * state, and the describer must not depend on how the renderer draws it.
 */
public abstract class PuzzleParts<S extends Record> implements PuzzleType<S> {
    private final TypeInfo info;
    private final Class<S> stateType;
    private final BiFunction<Parameters, RandomGenerator, S> generator;
    private final Function<S, Solution> solver;
    private final Function<S, Canvas> canvas;
    private final BiConsumer<S, Graphics2D> renderer;
    private final Describer<S> describer;

    protected PuzzleParts(
            TypeInfo info,
            BiFunction<Parameters, RandomGenerator, S> generator,
            Function<S, Solution> solver,
            Function<S, Canvas> canvas,
            BiConsumer<S, Graphics2D> renderer,
            Describer<S> describer) {
        this.info = info;
        this.stateType = stateArgument();
        this.generator = generator;
        this.solver = solver;
        this.canvas = canvas;
        this.renderer = renderer;
        this.describer = describer;
    }

    /**
     * The record that the concrete class binds {@code S} to, however many generic bases lie between; a
     * class that leaves {@code S} open (only {@code Record} is known) is refused, as its records could
     * not be read back.
     */
    @SuppressWarnings("unchecked")
    private Class<S> stateArgument() {
        Class<?> state = TypeFactory.defaultInstance()
                .constructType(getClass())
                .findTypeParameters(PuzzleParts.class)[0]
                .getRawClass();
        if (state == Record.class) {
            throw new IllegalStateException(getClass().getName()
                    + " must name its state record as the type argument of its base, e.g. PuzzleParts<ClockState>");
        }
        return (Class<S>) state;
    }

    @Override
    public final TypeInfo info() {
        return info;
    }

    @Override
    public final Class<S> stateType() {
        return stateType;
    }

    @Override
    public final S generate(Parameters params, RandomGenerator rng) {
        return generator.apply(params, rng);
    }

    @Override
    public final Solution solve(S state) {
        return solver.apply(state);
    }

    @Override
    public final Canvas canvas(S state) {
        return canvas.apply(state);
    }

    @Override
    public final void draw(S state, Graphics2D g) {
        renderer.accept(state, g);
    }

    @Override
    public final String describe(S state) {
        return describer.describe(state);
    }

    @Override
    public final List<Fact> facts(S state) {
        return describer.facts(state);
    }

    @Override
    public final String factGuide() {
        return describer.guide();
    }

    @Override
    public final Optional<S> fromFacts(S question, List<Fact> facts) {
        return describer.fromFacts(question, facts);
    }
}
