package org.puzzlelens.puzzles.pattern.common;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Options;

/**
 * How a PuzzleVQA type draws its answer options: from the puzzle's own domain (its colours, sizes,
 * shapes or numbers), with the answer at a uniform position.
 */
@FunctionalInterface
public interface OptionRule<S> {
    List<String> draw(S state, String answer, RandomGenerator rng);

    /** Distractors of the same magnitude as the answer: the released numeric rule. */
    static <S> OptionRule<S> numeric() {
        return (state, answer, rng) -> Options.numeric(Integer.parseInt(answer), rng);
    }

    /** Three other words of {@code pool}. */
    static <S> OptionRule<S> fromPool(List<String> pool) {
        return (state, answer, rng) -> Options.fromPool(answer, pool, rng);
    }

    /** Three other colours of the six, as released. */
    static <S> OptionRule<S> colours() {
        return fromPool(PatternColour.words());
    }

    /** The three sizes, as released. */
    static <S> OptionRule<S> sizes() {
        return (state, answer, rng) -> PatternAnswers.allWords(answer, Size.WORDS, rng);
    }

    /**
     * The other whole numbers from {@code lowest} to the largest of {@code releasedHighest}, the answer
     * and {@code shownHighest} of the puzzle: the released options of a count span a fixed range, which
     * grows when a puzzle shows more.
     */
    static <S> OptionRule<S> inRange(int lowest, int releasedHighest, ToIntFunction<S> shownHighest) {
        return (state, answer, rng) -> {
            int number = Integer.parseInt(answer);
            int highest = Math.max(Math.max(releasedHighest, number), shownHighest.applyAsInt(state));
            return Options.inRange(number, lowest, highest, rng);
        };
    }

    /** {@link #inRange(int, int, ToIntFunction)} where only the answer can widen the range. */
    static <S> OptionRule<S> inRange(int lowest, int releasedHighest) {
        return inRange(lowest, releasedHighest, state -> lowest);
    }

    /** Numbers on the scale of those the puzzle shows (its hidden ones, {@code null}, left out). */
    static <S> OptionRule<S> numbersBeside(Function<S, List<Integer>> shown) {
        return (state, answer, rng) -> PatternAnswers.numberOptions(
                Integer.parseInt(answer),
                shown.apply(state).stream().filter(Objects::nonNull).toList(),
                rng);
    }
}
