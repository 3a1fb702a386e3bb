package org.puzzlelens.puzzles.core;

import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The values an integer parameter may take at all, whatever the preset: what its generator can
 * build. {@link Param.Int#parse} checks a value given on the command line against it, so a bad
 * {@code --param} fails before any file is written, and the message names the legal values.
 *
 * @param text the legal values in words, as an error message shows them
 */
public record IntDomain(IntPredicate test, String text) {
    public static IntDomain range(int min, int max) {
        IntRange range = IntRange.of(min, max);
        return new IntDomain(v -> v >= range.min() && v <= range.max(), range.toString());
    }

    public static IntDomain atLeast(int min) {
        return new IntDomain(v -> v >= min, "any integer from " + min + " up");
    }

    /** The divisors of {@code n}, listed in full. */
    public static IntDomain divisorsOf(int n) {
        String list = IntStream.rangeClosed(1, n)
                .filter(d -> n % d == 0)
                .mapToObj(Integer::toString)
                .collect(Collectors.joining(", "));
        return new IntDomain(v -> v >= 1 && n % v == 0, "a divisor of " + n + " (" + list + ")");
    }

    public boolean allows(int value) {
        return test.test(value);
    }
}
