package org.puzzlelens.train.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;

/**
 * Prompts left-padded to one length, each followed by its completion right-padded to another, with
 * one image per row or none. Rows share the column where completions start, which is what batched
 * decoding needs; padding is marked invalid, masked as a key and never scored.
 *
 * @param promptLength columns of the (padded) prompt part
 * @param tokens [rows][promptLength + completion columns]
 * @param valid same shape: true for real tokens
 * @param pixels one [3, S, S] image per row, or null in the text condition
 */
public record TokenBatch(int promptLength, int[][] tokens, boolean[][] valid, float[][] pixels) {

    public static TokenBatch of(List<int[]> prompts, List<int[]> completions, List<float[]> pixels, int pad) {
        int rows = prompts.size();
        int p = prompts.stream().mapToInt(a -> a.length).max().orElse(0);
        int c = completions.stream().mapToInt(a -> a.length).max().orElse(0);
        int[][] tokens = new int[rows][p + c];
        boolean[][] valid = new boolean[rows][p + c];
        for (int r = 0; r < rows; r++) {
            Arrays.fill(tokens[r], pad);
            int[] prompt = prompts.get(r);
            int[] completion = completions.get(r);
            for (int i = 0; i < prompt.length; i++) {
                tokens[r][p - prompt.length + i] = prompt[i];
                valid[r][p - prompt.length + i] = true;
            }
            for (int i = 0; i < completion.length; i++) {
                tokens[r][p + i] = completion[i];
                valid[r][p + i] = true;
            }
        }
        return new TokenBatch(p, tokens, valid, pixels == null ? null : pixels.toArray(float[][]::new));
    }

    public int rows() {
        return tokens.length;
    }

    /** Rows {@code from..to-1}, with the same columns and padding (so per-token arrays of the whole batch slice alike). */
    public TokenBatch rows(int from, int to) {
        return new TokenBatch(
                promptLength,
                Arrays.copyOfRange(tokens, from, to),
                Arrays.copyOfRange(valid, from, to),
                pixels == null ? null : Arrays.copyOfRange(pixels, from, to));
    }

    /** Completion tokens (valid positions after the prompt) of every row together. */
    public int completionTokens() {
        int n = 0;
        for (boolean[] row : valid) {
            for (int c = promptLength; c < row.length; c++) {
                n += row[c] ? 1 : 0;
            }
        }
        return n;
    }

    public int columns() {
        return tokens[0].length;
    }

    public int completionColumns() {
        return columns() - promptLength;
    }

    public NDArray tokenArray(NDManager m) {
        return ids(m, tokens, 0, columns());
    }

    /** Token ids [rows, to - from] of columns from..to-1. */
    public NDArray ids(NDManager m, int[][] source, int from, int to) {
        long[] flat = new long[rows() * (to - from)];
        for (int r = 0; r < rows(); r++) {
            for (int c = from; c < to; c++) {
                flat[r * (to - from) + c - from] = source[r][c];
            }
        }
        return HostData.owned(m.create(flat, new Shape(rows(), to - from)));
    }

    /** Completion validity [rows, completion columns] as 0/1 in {@code dtype}. */
    public NDArray completionMask(NDManager m, DataType dtype) {
        float[] flat = new float[rows() * completionColumns()];
        for (int r = 0; r < rows(); r++) {
            for (int c = 0; c < completionColumns(); c++) {
                flat[r * completionColumns() + c] = valid[r][promptLength + c] ? 1 : 0;
            }
        }
        return HostData.owned(m.create(flat, new Shape(rows(), completionColumns())))
                .toType(dtype, false);
    }

    /**
     * Key validity [rows, prefix + columns] and rotary positions: the image prefix counts as valid,
     * positions count only valid inputs, so padding shifts nothing.
     */
    public float[][] positionsAndValidity(int prefix) {
        int width = prefix + columns();
        float[] positions = new float[rows() * width];
        float[] keyValid = new float[rows() * width];
        for (int r = 0; r < rows(); r++) {
            int next = 0;
            for (int c = 0; c < width; c++) {
                boolean real = c < prefix || valid[r][c - prefix];
                keyValid[r * width + c] = real ? 1 : 0;
                positions[r * width + c] = real ? next++ : Math.max(0, next - 1);
            }
        }
        return new float[][] {positions, keyValid};
    }
}
