package org.puzzlelens.puzzles.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class HuffmanCodeTest {
    private static int[] array(List<Integer> frequencies) {
        return frequencies.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The sum of 2^-length over the coded symbols, times 2^maxLength: exactly 2^maxLength for a complete code. */
    private static long kraftSum(int[] lengths, int maxLength) {
        long sum = 0;
        for (int length : lengths) {
            if (length > 0) {
                sum += 1L << (maxLength - length);
            }
        }
        return sum;
    }

    private static long cost(int[] frequencies, int[] lengths) {
        long bits = 0;
        for (int s = 0; s < frequencies.length; s++) {
            bits += (long) frequencies[s] * lengths[s];
        }
        return bits;
    }

    /** Huffman's cost without building a tree: the sum of all merged weights, by a priority queue. */
    private static long optimalCost(int[] frequencies) {
        PriorityQueue<Long> queue = new PriorityQueue<>();
        for (int f : frequencies) {
            if (f > 0) {
                queue.add((long) f);
            }
        }
        long cost = 0;
        while (queue.size() > 1) {
            long merged = queue.poll() + queue.poll();
            cost += merged;
            queue.add(merged);
        }
        return cost;
    }

    @Property(tries = 300)
    void codesAreCompleteWithinTheLimitAndCodeEveryUsedSymbol(
            @ForAll @Size(min = 2, max = 286) List<@IntRange(min = 0, max = 1_000_000) Integer> frequencyList,
            @ForAll @IntRange(min = 9, max = 15) int maxLength) { // 2^9 > 286: every symbol fits
        int[] frequencies = array(frequencyList);
        int[] lengths = HuffmanCode.lengths(frequencies, maxLength);
        assertThat(kraftSum(lengths, maxLength)).isEqualTo(1L << maxLength);
        for (int s = 0; s < frequencies.length; s++) {
            assertThat(lengths[s]).isBetween(frequencies[s] > 0 ? 1 : 0, maxLength);
        }
    }

    /** With a limit no Huffman code of these frequencies reaches, the code is a Huffman code: optimal. */
    @Property(tries = 300)
    void withoutABindingLimitTheCodeIsOptimal(
            @ForAll @Size(min = 2, max = 40) List<@IntRange(min = 1, max = 1000) Integer> frequencyList) {
        int[] frequencies = array(frequencyList);
        int[] lengths = HuffmanCode.lengths(frequencies, 15); // 40 symbols, weights <= 1000: depth < 15
        assertThat(cost(frequencies, lengths)).isEqualTo(optimalCost(frequencies));
    }

    /** Fibonacci frequencies make the deepest Huffman tree: 30 symbols want 29 bits, the limit folds them. */
    @Test
    void aDeepTreeIsFoldedIntoTheLimit() {
        int[] frequencies = new int[30];
        frequencies[0] = 1;
        frequencies[1] = 1;
        for (int i = 2; i < frequencies.length; i++) {
            frequencies[i] = frequencies[i - 1] + frequencies[i - 2];
        }
        assertThat(HuffmanCode.lengths(frequencies, 30)).contains(29);
        int[] lengths = HuffmanCode.lengths(frequencies, 7);
        assertThat(Arrays.stream(lengths).min().orElseThrow()).isOne();
        assertThat(Arrays.stream(lengths).max().orElseThrow()).isEqualTo(7);
        assertThat(kraftSum(lengths, 7)).isEqualTo(1L << 7);
        for (int i = 1; i < frequencies.length; i++) {
            assertThat(lengths[i])
                    .as("a more frequent symbol never has a longer code")
                    .isLessThanOrEqualTo(lengths[i - 1]);
        }
    }

    @Test
    void moreSymbolsThanCodesOfTheLimitAreRefused() {
        int[] frequencies = new int[300];
        Arrays.fill(frequencies, 1);
        assertThatThrownBy(() -> HuffmanCode.lengths(frequencies, 8)).hasMessageContaining("300 symbols");
    }

    @Test
    void oneOrNoUsedSymbolStillGivesACompleteCode() {
        assertThat(HuffmanCode.lengths(new int[] {0, 0, 5, 0}, 15)).containsExactly(1, 0, 1, 0);
        assertThat(HuffmanCode.lengths(new int[] {7, 0, 0}, 15)).containsExactly(1, 1, 0);
        assertThat(HuffmanCode.lengths(new int[] {0, 0, 0}, 15)).containsExactly(1, 1, 0);
    }

    /** RFC 1951's own example (3.2.2): lengths (3, 3, 3, 3, 3, 2, 4, 4) give codes 010, 011, 100, 101, 110, 00, 1110, 1111. */
    @Test
    void canonicalCodesFollowTheRfcExampleBitReversed() {
        HuffmanCode code = HuffmanCode.ofLengths(3, 3, 3, 3, 3, 2, 4, 4);
        String[] expected = {"010", "011", "100", "101", "110", "00", "1110", "1111"};
        for (int s = 0; s < expected.length; s++) {
            String reversed = new StringBuilder(expected[s]).reverse().toString();
            assertThat(code.codes[s]).as("symbol " + s).isEqualTo(Integer.parseInt(reversed, 2));
        }
    }
}
