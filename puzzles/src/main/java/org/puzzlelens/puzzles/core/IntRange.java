package org.puzzlelens.puzzles.core;

import java.util.random.RandomGenerator;

/** An inclusive range of integers. */
public record IntRange(int min, int max) {
    public IntRange {
        if (min > max) {
            throw new IllegalArgumentException("empty range " + min + ".." + max);
        }
    }

    public static IntRange of(int min, int max) {
        return new IntRange(min, max);
    }

    public static IntRange exactly(int value) {
        return new IntRange(value, value);
    }

    public int draw(RandomGenerator rng) {
        return min == max ? min : rng.nextInt(min, max + 1);
    }

    @Override
    public String toString() {
        return min == max ? Integer.toString(min) : min + ".." + max;
    }
}
