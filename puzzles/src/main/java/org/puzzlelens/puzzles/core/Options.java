package org.puzzlelens.puzzles.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Answer options as the released data builds them: four distinct options, the answer at a uniform
 * position (the released files lean towards some positions; we do not copy that), distractors of
 * the same kind and magnitude as the answer.
 */
public final class Options {
    public static final int COUNT = 4;

    private Options() {}

    /**
     * Numeric distractors of the answer's magnitude, drawn without replacement: answers up to 6 draw
     * from 1..6, up to 10 from 1..10, up to 50 from 1..50, up to 100 from 1..100, beyond that from
     * half to one and a half times the answer. A zero answer draws from 0..6.
     */
    public static List<String> numeric(int answer, RandomGenerator rng) {
        int lo = answer <= 0 ? Math.min(0, answer) : 1;
        int hi;
        if (answer <= 6) {
            hi = 6;
        } else if (answer <= 10) {
            hi = 10;
        } else if (answer <= 50) {
            hi = 50;
        } else if (answer <= 100) {
            hi = 100;
        } else {
            lo = answer / 2;
            hi = answer + answer / 2;
        }
        return inRange(answer, lo, hi, rng);
    }

    /** Distractors drawn uniformly from {@code lo..hi} (inclusive), answer excluded. */
    public static List<String> inRange(int answer, int lo, int hi, RandomGenerator rng) {
        List<String> pool = new ArrayList<>();
        for (int v = lo; v <= hi; v++) {
            pool.add(Integer.toString(v));
        }
        return fromPool(Integer.toString(answer), pool, rng);
    }

    /** Three distinct distractors drawn from a pool (the answer, if present, is skipped). */
    public static List<String> fromPool(String answer, List<String> pool, RandomGenerator rng) {
        List<String> candidates = new ArrayList<>(new LinkedHashSet<>(pool));
        candidates.remove(answer);
        if (candidates.size() < COUNT - 1) {
            throw new IllegalArgumentException("too few distractors for '" + answer + "' in " + pool);
        }
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < COUNT - 1; i++) {
            chosen.add(candidates.remove(rng.nextInt(candidates.size())));
        }
        return place(answer, chosen, rng);
    }

    /** Inserts the answer among the distractors at a uniformly drawn position. */
    public static List<String> place(String answer, List<String> distractors, RandomGenerator rng) {
        Set<String> distinct = new LinkedHashSet<>(distractors);
        if (distinct.size() != distractors.size() || distinct.contains(answer)) {
            throw new IllegalArgumentException("options must be distinct: " + answer + " " + distractors);
        }
        List<String> options = new ArrayList<>(distractors);
        options.add(rng.nextInt(options.size() + 1), answer);
        return List.copyOf(options);
    }

    /** The option letter of position {@code i}: A, B, C... */
    public static char letter(int i) {
        return (char) ('A' + i);
    }
}
