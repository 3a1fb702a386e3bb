package org.puzzlelens.puzzles.render;

import java.util.Arrays;

/**
 * A canonical prefix code over symbols {@code 0..n-1} (RFC 1951, 3.2.2), built from symbol
 * frequencies with every code at most a given length. The codes are stored bit-reversed, ready for
 * {@link BitWriter#writeBits}, because deflate sends a Huffman code's most significant bit first
 * into a stream that is otherwise filled from the least significant bit.
 *
 * <p>The code is always complete (its lengths satisfy Kraft's equality): when fewer than two symbols
 * occur, a second one gets a code as well, because zlib's decoder rejects incomplete code-length codes.
 */
final class HuffmanCode {
    /** The code length of each symbol, 0 for a symbol that has no code. */
    final int[] lengths;
    /** The bit-reversed code of each symbol. */
    final int[] codes;

    private HuffmanCode(int[] lengths) {
        this.lengths = lengths;
        this.codes = canonicalCodes(lengths);
    }

    /** The optimal code for these frequencies among those whose codes are at most {@code maxLength} bits. */
    static HuffmanCode of(int[] frequencies, int maxLength) {
        return new HuffmanCode(lengths(frequencies, maxLength));
    }

    /** The canonical code with these lengths, which must form a complete code. */
    static HuffmanCode ofLengths(int... lengths) {
        return new HuffmanCode(lengths.clone());
    }

    /** Code lengths of a Huffman code for these frequencies, limited to {@code maxLength}. */
    static int[] lengths(int[] frequencies, int maxLength) {
        int[] lengths = new int[frequencies.length];
        // leaves as (frequency, symbol) in one long, so that one sort orders them and ties break by symbol
        long[] leaves = new long[frequencies.length];
        int n = 0;
        for (int s = 0; s < frequencies.length; s++) {
            if (frequencies[s] > 0) {
                leaves[n++] = ((long) frequencies[s] << 32) | s;
            }
        }
        if (n > 1 << maxLength) {
            throw new IllegalArgumentException(n + " symbols cannot all have codes of at most " + maxLength + " bits");
        }
        if (n < 2) {
            int used = n == 1 ? (int) leaves[0] : 0;
            lengths[used] = 1;
            lengths[used == 0 ? 1 : 0] = 1;
            return lengths;
        }
        Arrays.sort(leaves, 0, n);
        int[] depthCounts = depthCounts(leaves, n, maxLength);
        // the least frequent symbols (first in the sorted leaves) get the longest codes
        int leaf = 0;
        for (int length = maxLength; length >= 1; length--) {
            for (int k = 0; k < depthCounts[length]; k++) {
                lengths[(int) leaves[leaf++]] = length;
            }
        }
        return lengths;
    }

    /**
     * How many leaves of a Huffman tree over the sorted leaves lie at each depth, with the depths above
     * {@code maxLength} folded back into it. The tree is built with the two-queue method (leaves and
     * merged nodes each come out in order of weight, so no heap is needed).
     */
    private static int[] depthCounts(long[] sortedLeaves, int n, int maxLength) {
        long[] nodeWeights = new long[n - 1];
        int[] parents = new int[2 * n - 1]; // leaves 0..n-1, merged nodes n..2n-2
        int nextLeaf = 0;
        int nextNode = 0;
        for (int made = 0; made < n - 1; made++) {
            long weight = 0;
            for (int child = 0; child < 2; child++) {
                boolean takeLeaf =
                        nextLeaf < n && (nextNode == made || (sortedLeaves[nextLeaf] >>> 32) <= nodeWeights[nextNode]);
                if (takeLeaf) {
                    weight += sortedLeaves[nextLeaf] >>> 32;
                    parents[nextLeaf++] = n + made;
                } else {
                    weight += nodeWeights[nextNode];
                    parents[n + nextNode++] = n + made;
                }
            }
            nodeWeights[made] = weight;
        }
        // merged nodes were made in order and a parent comes after its children: depths from the root down
        int[] depths = new int[2 * n - 1];
        for (int node = 2 * n - 3; node >= 0; node--) {
            depths[node] = depths[parents[node]] + 1;
        }
        int[] counts = new int[maxLength + 1];
        for (int leaf = 0; leaf < n; leaf++) {
            counts[Math.min(depths[leaf], maxLength)]++;
        }
        restoreKraftEquality(counts, maxLength);
        return counts;
    }

    /**
     * After folding deep leaves into {@code maxLength} the code is over-full (the sum of 2^-length
     * exceeds 1). Each step takes one leaf off the longest length and moves a leaf from the deepest
     * shorter length one level down, where it and the freed place form a pair: the sum drops by
     * 2^-maxLength, until it is exactly 1 again.
     */
    private static void restoreKraftEquality(int[] counts, int maxLength) {
        long total = 0;
        for (int length = 1; length <= maxLength; length++) {
            total += (long) counts[length] << (maxLength - length);
        }
        for (; total > 1L << maxLength; total--) {
            counts[maxLength]--;
            for (int length = maxLength - 1; length > 0; length--) {
                if (counts[length] > 0) {
                    counts[length]--;
                    counts[length + 1] += 2;
                    break;
                }
            }
        }
    }

    /** RFC 1951's canonical codes for these lengths (consecutive within a length, in symbol order), bit-reversed. */
    private static int[] canonicalCodes(int[] lengths) {
        int maxLength = Arrays.stream(lengths).max().orElse(0);
        int[] countPerLength = new int[maxLength + 1];
        for (int length : lengths) {
            countPerLength[length]++;
        }
        countPerLength[0] = 0;
        int[] nextCode = new int[maxLength + 1];
        int code = 0;
        for (int length = 1; length <= maxLength; length++) {
            code = (code + countPerLength[length - 1]) << 1;
            nextCode[length] = code;
        }
        int[] codes = new int[lengths.length];
        for (int s = 0; s < lengths.length; s++) {
            int length = lengths[s];
            if (length > 0) {
                codes[s] = Integer.reverse(nextCode[length]++) >>> (32 - length);
            }
        }
        return codes;
    }
}
