package org.puzzlelens.train.sample;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.puzzlelens.train.model.HostData;
import org.puzzlelens.train.model.KvCache;
import org.puzzlelens.train.model.Scope;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionLanguageModel;

/**
 * Batched sampling. Prompts are left-padded so that every row appends its next token in the same
 * column; with the cache each step feeds one token per row, without it each step recomputes the
 * whole sequence (kept for checking and benchmarking the cache). A row stops at a stop token; the
 * batch stops when every row has, or at the token limit. The draw itself is done in Java from one
 * seeded generator, so a seed reproduces the completions.
 */
public final class Sampler {
    private final VisionLanguageModel model;
    private final Set<Integer> stops;
    private final int pad;

    public Sampler(VisionLanguageModel model, Set<Integer> stopTokens, int padToken) {
        this.model = model;
        this.stops = Set.copyOf(stopTokens);
        this.pad = padToken;
    }

    /** Completions in prompt order, each ending with its stop token when it reached one. */
    public Sampled sample(
            List<int[]> prompts,
            List<float[]> pixels,
            SamplingOptions options,
            RandomGenerator rng,
            boolean keepLogits) {
        int rows = prompts.size();
        int prefix = model.imagePrefix(pixels != null);
        int longest = prompts.stream().mapToInt(p -> p.length).max().orElse(0);
        // in long: a maxTokens near 2^31 must not wrap around to a sum that passes
        if ((long) prefix + longest + options.maxTokens() > model.config().maxPositions()) {
            throw new IllegalArgumentException("prompt of " + (prefix + longest) + " positions plus "
                    + options.maxTokens() + " new tokens exceeds the model's "
                    + model.config().maxPositions() + " positions");
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            out.add(new ArrayList<>());
        }
        boolean[] done = new boolean[rows];
        List<float[]> logitsSeen = new ArrayList<>();
        try (Scope scope = Scope.of(model)) {
            NDManager m = scope.manager();
            KvCache cache = options.useCache() ? new KvCache(model.config().layers(), m) : null;
            TokenBatch batch = TokenBatch.of(prompts, emptyCompletions(rows), pixels, pad);
            float[] logits = lastLogits(m, batch, cache);
            float[] positions = lastPositions(batch, prefix);
            float[] keyValid = batch.positionsAndValidity(prefix)[1];
            for (int step = 0; step < options.maxTokens(); step++) {
                if (keepLogits) {
                    logitsSeen.add(logits);
                }
                int[] next = new int[rows];
                for (int r = 0; r < rows; r++) {
                    int vocab = logits.length / rows;
                    next[r] =
                            done[r] ? pad : draw(Arrays.copyOfRange(logits, r * vocab, (r + 1) * vocab), options, rng);
                    if (!done[r]) {
                        out.get(r).add(next[r]);
                        done[r] = stops.contains(next[r]);
                    }
                }
                if (allTrue(done) || step + 1 == options.maxTokens()) {
                    break;
                }
                if (cache == null) {
                    batch = TokenBatch.of(prompts, toArrays(out), pixels, pad);
                    logits = lastLogits(m, batch, null);
                } else {
                    keyValid = withNewColumn(keyValid, rows);
                    logits = cachedStep(m, next, positions, keyValid, cache);
                }
            }
        }
        return new Sampled(toArrays(out), logitsSeen);
    }

    private static List<int[]> emptyCompletions(int rows) {
        List<int[]> empty = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            empty.add(new int[0]);
        }
        return empty;
    }

    private static List<int[]> toArrays(List<List<Integer>> lists) {
        return lists.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toList();
    }

    /** Runs the batch and returns the logits of its last column, [rows * vocab]. */
    private float[] lastLogits(NDManager m, TokenBatch batch, KvCache cache) {
        try (NDManager step = m.newSubManager()) { // frees the pass's intermediates; the cache keeps its own
            NDArray hidden = model.hidden(step, batch, cache);
            long last = hidden.getShape().get(1) - 1;
            return model.logits(hidden.get(":, " + last + ", :"))
                    .toType(DataType.FLOAT32, false)
                    .toFloatArray();
        }
    }

    /** The rotary position of each row's last prompt token; each new token takes the next one. */
    private static float[] lastPositions(TokenBatch batch, int prefix) {
        float[] pos = batch.positionsAndValidity(prefix)[0];
        int width = prefix + batch.columns();
        float[] last = new float[batch.rows()];
        for (int r = 0; r < batch.rows(); r++) {
            last[r] = pos[r * width + width - 1];
        }
        return last;
    }

    /** Feeds one new token per row (finished rows feed padding, which nothing they return depends on). */
    /** Key validity with one more column, all valid: the tokens just fed. */
    private static float[] withNewColumn(float[] valid, int rows) {
        int width = valid.length / rows;
        float[] out = new float[rows * (width + 1)];
        for (int r = 0; r < rows; r++) {
            System.arraycopy(valid, r * width, out, r * (width + 1), width);
            out[r * (width + 1) + width] = 1;
        }
        return out;
    }

    private float[] cachedStep(NDManager m, int[] next, float[] positions, float[] keyValid, KvCache cache) {
        int rows = next.length;
        long[] ids = new long[rows];
        for (int r = 0; r < rows; r++) {
            ids[r] = next[r];
            positions[r]++;
        }
        try (NDManager step = m.newSubManager()) {
            NDArray hidden = model.decode(
                    model.embedTokens(HostData.owned(step.create(ids, new Shape(rows, 1)))),
                    HostData.owned(step.create(positions, new Shape(rows, 1))),
                    HostData.owned(step.create(keyValid, new Shape(rows, keyValid.length / rows))),
                    cache);
            return model.logits(hidden.squeeze(1))
                    .toType(DataType.FLOAT32, false)
                    .toFloatArray();
        }
    }

    private static int draw(float[] logits, SamplingOptions o, RandomGenerator rng) {
        if (o.temperature() == 0) {
            int best = 0;
            for (int i = 1; i < logits.length; i++) {
                if (logits[i] > logits[best]) {
                    best = i;
                }
            }
            return best;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (float l : logits) {
            max = Math.max(max, l);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int i = 0; i < p.length; i++) {
            p[i] = Math.exp((logits[i] - max) / o.temperature());
            sum += p[i];
        }
        if (o.topP() == 1) { // the whole distribution: no need to sort
            double u = rng.nextDouble() * sum;
            for (int i = 0; i < p.length; i++) {
                u -= p[i];
                if (u <= 0) {
                    return i;
                }
            }
            return p.length - 1;
        }
        Integer[] order = new Integer[p.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        final double[] probs = p;
        Arrays.sort(order, (a, b) -> Double.compare(probs[b], probs[a]));
        int keep = 0;
        double mass = 0;
        while (keep < order.length && mass < o.topP() * sum) {
            mass += p[order[keep++]];
        }
        double u = rng.nextDouble() * mass;
        for (int i = 0; i < keep; i++) {
            u -= p[order[i]];
            if (u <= 0) {
                return order[i];
            }
        }
        return order[keep - 1];
    }

    private static boolean allTrue(boolean[] b) {
        for (boolean x : b) {
            if (!x) {
                return false;
            }
        }
        return true;
    }
}
