package org.puzzlelens.puzzles.pattern.common;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Options;
import org.puzzlelens.puzzles.core.Released;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.io.Json;

/**
 * What PuzzleVQA records share: the caption, explanation and deduction at top level (no
 * {@code solution} object), and options drawn from the puzzle's own domain.
 */
public final class PatternAnswers {
    /** The question of every "missing number" type, as released. */
    public static final String MISSING_NUMBER = "What is the missing number of the part denoted with a question mark?";

    private PatternAnswers() {}

    public static Solution solution(
            String answer, List<String> trace, String caption, String explanation, String deduction) {
        var top = Json.object();
        top.put("caption", caption);
        top.put("explanation", explanation);
        top.put("deduction", deduction);
        return new Solution(answer, trace, Json.object(), top);
    }

    /** The released caption, which is where a PuzzleVQA record states its pattern. */
    public static String caption(JsonNode record) {
        return Released.string(record, "caption");
    }

    /** The match of {@code pattern} in {@code text}, or a clear error naming what was expected. */
    public static Matcher match(Pattern pattern, String text, String what) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new MalformedRecordException("caption does not state " + what + ": " + text);
        }
        return m;
    }

    /** Every group of the match of {@code pattern} in a caption, each read by {@code read}: the rows of a grid, say. */
    public static <T> List<T> groups(Pattern pattern, String caption, String what, Function<String, T> read) {
        Matcher m = match(pattern, caption, what);
        List<T> out = new ArrayList<>();
        for (int group = 1; group <= m.groupCount(); group++) {
            out.add(read.apply(m.group(group)));
        }
        return out;
    }

    /**
     * A state read from a released caption, checked by solving it: a caption that does not state
     * the full pattern fails with a message naming the pattern it lacks.
     */
    public static <S> S fromCaption(Supplier<S> read, Consumer<S> solve, String pattern) {
        try {
            S s = read.get();
            solve.accept(s);
            return s;
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException("caption does not state " + pattern + ": " + e.getMessage());
        }
    }

    /** A state read from a released caption: a value the state refuses fails naming what the caption lacks. */
    public static <S> S fromCaption(Supplier<S> read, String what) {
        return fromCaption(read, state -> {}, what);
    }

    /** A state rebuilt from facts, kept only when it is well-formed and its pattern can be solved. */
    public static <S> Optional<S> fromFacts(Supplier<Optional<S>> read, Consumer<S> solve) {
        try {
            Optional<S> s = read.get();
            s.ifPresent(solve);
            return s;
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Three other colours of the six, the answer at a uniform position. */
    public static List<String> colourOptions(String answer, RandomGenerator rng) {
        return Options.fromPool(answer, PatternColour.words(), rng);
    }

    /**
     * Numbers from 1 up to the puzzle's own scale: 9 when every relevant number is a digit, else the
     * next 10k - 1 above the largest, so that the answer's size does not single it out.
     */
    public static List<String> numberOptions(int answer, List<Integer> relevant, RandomGenerator rng) {
        List<Integer> all = new ArrayList<>(relevant);
        all.add(answer);
        int largest = all.stream().mapToInt(Integer::intValue).max().orElse(answer);
        int bound = Math.max(9, (largest / 10) * 10 + 9);
        return Options.inRange(answer, 1, bound, rng);
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
