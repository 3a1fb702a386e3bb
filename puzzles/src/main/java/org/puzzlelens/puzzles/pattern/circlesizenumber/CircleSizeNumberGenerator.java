package org.puzzlelens.puzzles.pattern.circlesizenumber;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.pattern.common.PyList;

/**
 * Each of {@code circles / 2} distinct numbers appears on two circles of its own size, as released; the
 * bigger the number, the bigger its circles. One circle's number is hidden.
 */
final class CircleSizeNumberGenerator {
    static final Param.Int CIRCLES = new Param.Int(
            "circles",
            "circles in the ring (each number appears on two of them)",
            IntRange.exactly(4),
            IntRange.exactly(6),
            IntRange.exactly(8));
    static final Param.Int LARGEST_NUMBER = new Param.Int(
            "largest_number",
            "numbers are drawn from 1 to this",
            IntRange.exactly(6),
            IntRange.exactly(6),
            IntRange.exactly(9));
    static final List<Param> PARAMS = List.of(CIRCLES, LARGEST_NUMBER);

    private CircleSizeNumberGenerator() {}

    static CircleSizeNumberState generate(Parameters p, RandomGenerator rng) {
        int circles = p.get(CIRCLES);
        int largest = p.get(LARGEST_NUMBER);
        List<Integer> pool = new ArrayList<>();
        for (int n = 1; n <= largest; n++) {
            pool.add(n);
        }
        List<Integer> distinct = new ArrayList<>();
        for (int i = 0; i < circles / 2; i++) {
            distinct.add(pool.remove(rng.nextInt(pool.size())));
        }
        List<Integer> ring = new ArrayList<>();
        distinct.forEach(n -> ring.add(n));
        distinct.forEach(n -> ring.add(n));
        List<Integer> shuffled = new ArrayList<>();
        while (!ring.isEmpty()) {
            shuffled.add(ring.remove(rng.nextInt(ring.size())));
        }
        List<Integer> sorted = distinct.stream().sorted().toList();
        List<String> numbers = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        for (int n : shuffled) {
            numbers.add(Integer.toString(n));
            sizes.add(sorted.indexOf(n) + 1);
        }
        numbers.set(rng.nextInt(circles), PyList.MISSING);
        return new CircleSizeNumberState(numbers, sizes);
    }
}
