package org.puzzlelens.train.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.puzzlelens.train.grpo.Advantages;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.grpo.PolicyUpdate;
import org.puzzlelens.train.model.CompletionScores;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.Scope;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.sample.Sampler;
import org.puzzlelens.train.sample.SamplingOptions;

/**
 * Throughput of the built-in model, on random weights and random tokens (speed
 * does not depend on what the weights say; no stop token is set, so every completion runs to its
 * limit, the worst case). Each figure is the median of a few rounds after a warm-up round.
 *
 * @param rows completions sampled together (prompts x group size)
 * @param promptTokens text tokens per prompt (the image adds its patches)
 * @param newTokens tokens generated per completion
 */
public record TrainBench(int rows, int promptTokens, int newTokens, int rounds) {

    public record Figure(String name, double value, String unit) {}

    /** The figures for {@code config} (the study's {@code lab} model, or another size). */
    public List<Figure> run(ModelConfig config, GrpoSettings grpo) {
        List<Figure> out = new ArrayList<>();
        double peak = matmulPeak();
        out.add(new Figure("matmul peak (1024 x 1024 float32 products)", peak / 1e9, "GFLOP/s"));
        try (VisionLanguageModel model =
                        VisionLanguageModel.initialise(config, 1, NDManager.newBaseManager(), DataType.FLOAT32);
                AdamW adam = new AdamW(OptimizerSettings.of(1e-4, 0, 0, 1), model.weights())) {
            model.weights().requireGradients(true);
            SplittableRandom rng = new SplittableRandom(3);
            List<int[]> prompts = Collections.nCopies(rows, randomTokens(promptTokens, config.vocabSize(), rng));
            float[] image =
                    new float[3 * config.vision().imageSize() * config.vision().imageSize()];
            List<float[]> pixels = Collections.nCopies(rows, image);
            Sampler sampler = new Sampler(model, Set.of(), 0);
            SamplingOptions cached = new SamplingOptions(1.0, 1.0, newTokens, true);
            SamplingOptions uncached = new SamplingOptions(1.0, 1.0, Math.max(1, newTokens / 4), false);
            double batchSeconds = median(() -> sampler.sample(prompts, pixels, cached, rng, false));
            out.add(new Figure("generation with KV cache", rows * newTokens / batchSeconds, "tokens/s"));
            out.add(new Figure(
                    "generation with KV cache, " + rows + " per batch", rows / batchSeconds, "completions/s"));
            // One prompt at a time, what an evaluation without batching would get: batching's gain.
            double singleSeconds =
                    median(() -> sampler.sample(prompts.subList(0, 1), pixels.subList(0, 1), cached, rng, false));
            out.add(new Figure("generation with KV cache, 1 per batch", 1 / singleSeconds, "completions/s"));
            out.add(new Figure(
                    "generation without KV cache (recompute)",
                    rows * uncached.maxTokens() / median(() -> sampler.sample(prompts, pixels, uncached, rng, false)),
                    "tokens/s"));
            List<int[]> completions = Collections.nCopies(rows, randomTokens(newTokens, config.vocabSize(), rng));
            TokenBatch batch = TokenBatch.of(prompts, completions, pixels, 0);
            long trainedTokens = (long) rows * (config.vision().patches() + promptTokens + newTokens);
            double stepSeconds = median(() -> trainStep(model, adam, batch));
            out.add(new Figure("training (forward + backward + AdamW)", trainedTokens / stepSeconds, "tokens/s"));
            double achieved =
                    new ModelFlops(config).trainingStep(rows, promptTokens + newTokens, newTokens, true) / stepSeconds;
            out.add(new Figure("training: model FLOP/s achieved", achieved / 1e9, "GFLOP/s"));
            out.add(new Figure("training: MFU (achieved over the matmul peak)", 100 * achieved / peak, "%"));
            int groups = rows / grpo.groupSize();
            GrpoSettings step = new GrpoSettings(
                    grpo.groupSize(),
                    groups,
                    grpo.innerUpdates(),
                    grpo.epsLow(),
                    grpo.epsHigh(),
                    grpo.beta(),
                    true,
                    Aggregation.TOKEN,
                    grpo.microBatch());
            PolicyUpdate update = new PolicyUpdate(model, null, adam, step, cached);
            double[] rewards = rng.doubles(rows).toArray();
            out.add(new Figure(
                    "GRPO step (" + groups + " prompts x G=" + grpo.groupSize() + ", " + newTokens + " new tokens, "
                            + grpo.innerUpdates() + " inner updates, no reference)",
                    median(() -> {
                        List<int[]> sampled = sampler.sample(prompts, pixels, cached, rng, false)
                                .completions();
                        update.apply(
                                TokenBatch.of(prompts, sampled, pixels, 0),
                                Advantages.of(rewards, grpo.groupSize(), true));
                    }),
                    "s/step"));
            out.add(new Figure("parameters", model.weights().parameterCount(), ""));
        }
        out.add(new Figure("peak resident memory (VmHWM)", peakResidentMegabytes(), "MiB"));
        return out;
    }

    private static void trainStep(VisionLanguageModel model, AdamW adam, TokenBatch batch) {
        try (Scope scope = Scope.of(model);
                GradientCollector c = Engine.getInstance().newGradientCollector()) {
            CompletionScores s = model.completionScores(scope.manager(), batch, 1.0);
            NDArray loss = s.crossEntropy();
            c.backward(loss);
        }
        adam.update(model.weights());
    }

    /** FLOP/s of a large float32 matrix product on this machine with the process's PyTorch threads: the ceiling MFU is measured against. */
    private double matmulPeak() {
        int n = 1024;
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray a = m.randomUniform(-1, 1, new Shape(n, n));
            NDArray b = m.randomUniform(-1, 1, new Shape(n, n));
            double seconds = median(() -> {
                try (NDArray product = a.matMul(b)) {
                    product.getFloat(0, 0); // waits for the result
                }
            });
            return 2.0 * n * n * n / seconds;
        }
    }

    private static int[] randomTokens(int n, int vocab, SplittableRandom rng) {
        return rng.ints(n, 10, vocab).toArray();
    }

    /** Median seconds of one run, over {@link #rounds} after two warm-up runs (PyTorch's first calls are slow). */
    private double median(Runnable work) {
        work.run();
        work.run();
        double[] seconds = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t = System.nanoTime();
            work.run();
            seconds[i] = (System.nanoTime() - t) / 1e9;
        }
        Arrays.sort(seconds);
        return seconds[rounds / 2];
    }

    /** The process's peak resident set (Java heap and PyTorch's native memory together), from /proc. */
    static double peakResidentMegabytes() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    public static Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("cores", String.valueOf(Runtime.getRuntime().availableProcessors()));
        env.put("java", Runtime.version().toString());
        env.put(
                "engine",
                Engine.getInstance().getEngineName() + " "
                        + Engine.getInstance().getVersion());
        return env;
    }
}
