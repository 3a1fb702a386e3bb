package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.TypeInfo;

/**
 * What the PuzzleVQA types of this package family share: the released 512 x 512 canvas, the type's
 * info, the textual side through a {@link PatternDescriber}, and records whose released fields are {@code caption, explanation, deduction} at top level.
 */
public abstract class PatternPuzzle<S extends Record> implements PuzzleType<S> {
    private final TypeInfo info;
    private final Class<S> stateType;
    private final PatternDescriber<S> describer;

    protected PatternPuzzle(TypeInfo info, Class<S> stateType, PatternDescriber<S> describer) {
        this.info = info;
        this.stateType = stateType;
        this.describer = describer;
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
    public Canvas canvas(S state) {
        return PatternDraw.CANVAS;
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

    /** Every word of a small vocabulary as an option (the released size types list all three sizes). */
    public static List<String> allWords(String answer, List<String> vocabulary, RandomGenerator rng) {
        List<String> others = new ArrayList<>(vocabulary);
        others.remove(answer);
        List<String> shuffled = new ArrayList<>();
        while (!others.isEmpty()) {
            shuffled.add(others.remove(rng.nextInt(others.size())));
        }
        return Options.place(answer, shuffled, rng);
    }
}
