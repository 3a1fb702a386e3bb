package org.puzzlelens.train.grpo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.Condition;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.metrics.Curves;
import org.puzzlelens.train.metrics.MetricsLog;
import org.puzzlelens.train.metrics.TensorBoardLog;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.optim.AdamW;

/**
 * GRPO on the built-in model. Each step: G completions for each of a few prompts, rewards, group
 * advantages, then a few clipped-ratio updates against the policy that sampled. The run folder holds
 * the settings, metrics.jsonl, curves/, samples.jsonl, the latest resumable checkpoint and, at the
 * end, model/. Step s draws its puzzles and its sampling stream from (seed, s) alone, so a run
 * resumed from a checkpoint repeats exactly what the uninterrupted run does.
 */
public final class GrpoTrainer implements AutoCloseable {
    public static final String SETTINGS = "grpo-settings.json";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final Map<String, List<String>> CURVES = curveGroups();

    /** Called after each step with its metrics; a listener that throws stops the run (as a kill would). */
    public interface StepListener {
        void afterStep(long step, Map<String, Double> metrics) throws Exception;
    }

    private final GrpoOptions options;
    private final Path out;
    private final CompletionReward reward;
    private final LoadedModel policy;
    private final LoadedModel reference;
    private final AdamW optimizer;
    private final PuzzleStream stream;
    private final MetricsLog metrics;
    private final PolicyUpdate update;
    private long step;

    private GrpoTrainer(GrpoOptions options, Path out, CompletionReward reward, Path start, long step) throws IOException {
        this.options = options;
        this.out = out;
        this.reward = reward;
        this.step = step;
        policy = Checkpoint.load(start, true);
        reference = options.grpo().beta() > 0 ? Checkpoint.load(Path.of(options.base()), false) : null;
        optimizer = new AdamW(options.optimizer(), policy.model().weights());
        stream = new PuzzleStream(options.types().stream().<org.puzzlelens.puzzles.core.PuzzleType<?>>map(
                Registry.get()::type).toList(), options.seed(), options.preset());
        metrics = new MetricsLog(out.resolve("metrics.jsonl"));
        update = new PolicyUpdate(policy.model(), reference == null ? null : reference.model(), optimizer,
                options.grpo(), options.sampling());
    }

    /** A new run in {@code out} (which must not hold one already). */
    public static GrpoTrainer start(GrpoOptions options, Path out, CompletionReward reward) throws IOException {
        if (Files.exists(out.resolve(SETTINGS))) {
            throw new IllegalArgumentException(out + " already holds a run; use --resume to continue it, or another --out");
        }
        Files.createDirectories(out);
        Files.writeString(out.resolve(SETTINGS), JSON.writeValueAsString(options));
        return new GrpoTrainer(options, out, reward, Path.of(options.base()), 0);
    }

    /** Continues the run in {@code out} from its latest checkpoint (from the base if it has none yet). */
    public static GrpoTrainer resume(Path out, CompletionReward reward, Integer steps) throws IOException {
        Path settings = out.resolve(SETTINGS);
        if (!Files.exists(settings)) {
            throw new IllegalArgumentException(out + " holds no run to resume (no " + SETTINGS + ")");
        }
        GrpoOptions saved = JSON.readValue(settings.toFile(), GrpoOptions.class);
        GrpoOptions options = steps == null ? saved : saved.withSteps(steps);
        if (!options.design().equals(reward.name())) {
            throw new IllegalArgumentException("the run used design " + options.design() + ", not " + reward.name());
        }
        Files.writeString(settings, JSON.writeValueAsString(options));
        Path checkpoint = out.resolve("checkpoint");
        if (!Files.exists(checkpoint.resolve(TrainerState.FILE))) {
            return new GrpoTrainer(options, out, reward, Path.of(options.base()), 0);
        }
        TrainerState state = TrainerState.read(checkpoint);
        GrpoTrainer t = new GrpoTrainer(options, out, reward, checkpoint, state.step());
        t.optimizer.restore(checkpoint.resolve(TrainerState.OPTIMIZER), state.optimizerUpdates());
        t.metrics.truncateAfter(state.step());
        return t;
    }

    public LoadedModel policy() {
        return policy;
    }

    /** The frozen reference, when beta > 0. */
    public java.util.Optional<LoadedModel> reference() {
        return java.util.Optional.ofNullable(reference);
    }

    public long step() {
        return step;
    }

    /** Runs the remaining steps; returns the folder of the final model. */
    public Path run(Progress progress, StepListener listener) throws Exception {
        progress.begin("grpo " + reward.name(), options.steps());
        progress.advance(step);
        // TensorBoard reads the same rows as metrics.jsonl (after a resume: as cut back to the checkpoint)
        TensorBoardLog board = TensorBoardLog.start(out.resolve("tensorboard"), metrics.read());
        try {
            while (step < options.steps()) {
                long started = System.nanoTime();
                Rollouts rollouts = rollouts(step);
                double[] advantages = Advantages.of(rollouts.rewards(), options.grpo().groupSize(),
                        options.grpo().scaleByStd());
                Map<String, Double> row = new LinkedHashMap<>();
                row.put("step", (double) (step + 1));
                row.putAll(update.apply(rollouts.batch(), advantages));
                row.putAll(rollouts.metrics());
                row.put("seconds", (System.nanoTime() - started) / 1e9);
                step++;
                metrics.append(row);
                board.append(row);
                appendSample(rollouts);
                listener.afterStep(step, row);
                if (step % options.checkpointEvery() == 0 || step == options.steps()) {
                    saveCheckpoint();
                }
                progress.advance(1);
            }
        } finally {
            progress.end();
        }
        Curves.write(metrics.read(), CURVES, out.resolve("curves"));
        Path model = out.resolve("model");
        Checkpoint.save(model, policy.model(), policy.tokenizer());
        return model;
    }

    private record Rollouts(List<PuzzleInstance> puzzles, TokenBatch batch, double[] rewards, List<Scored> scores,
            List<String> texts, Map<String, Double> metrics) {
    }

    private Rollouts rollouts(long s) {
        int g = options.grpo().groupSize();
        List<PuzzleInstance> puzzles = new ArrayList<>();
        List<int[]> prompts = new ArrayList<>();
        List<float[]> pixels = options.condition() == Condition.IMAGE ? new ArrayList<>() : null;
        int imageSize = policy.model().config().vision().imageSize();
        for (int i = 0; i < options.grpo().promptsPerStep(); i++) {
            PuzzleInstance p = stream.get(s * options.grpo().promptsPerStep() + i);
            int[] prompt = policy.tokenizer().encode(ChatFormat.prompt(p, options.condition(), ChatFormat.STUDY_INSTRUCTION));
            float[] image = pixels == null ? null : PuzzleImages.pixels(p, imageSize);
            for (int k = 0; k < g; k++) {
                puzzles.add(p);
                prompts.add(prompt);
                if (pixels != null) {
                    pixels.add(image);
                }
            }
        }
        SplittableRandom rng = new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + s);
        List<int[]> completions = policy.sampler().sample(prompts, pixels, options.sampling(), rng, false).completions();
        List<String> texts = new ArrayList<>();
        List<Scored> scores = new ArrayList<>();
        double[] rewards = new double[completions.size()];
        Map<String, Double> means = new LinkedHashMap<>();
        double length = 0;
        for (int i = 0; i < completions.size(); i++) {
            String text = policy.tokenizer().decode(completions.get(i), true);
            Scored scored = reward.score(puzzles.get(i), text);
            texts.add(text);
            scores.add(scored);
            rewards[i] = scored.total();
            length += completions.get(i).length;
            means.merge("reward", scored.total() / rewards.length, Double::sum);
            scored.components().forEach((k, v) -> means.merge("reward/" + k, v / rewards.length, Double::sum));
        }
        means.put("accuracy", means.getOrDefault("reward/accuracy", Double.NaN));
        if (means.get("accuracy").isNaN()) {
            means.remove("accuracy");
        }
        means.put("response_length", length / completions.size());
        means.putAll(org.puzzlelens.train.rewards.RolloutBehaviour.of(puzzles, texts));
        TokenBatch batch = TokenBatch.of(prompts, completions, pixels, policy.pad());
        return new Rollouts(puzzles, batch, rewards, scores, texts, means);
    }

    private void appendSample(Rollouts r) throws IOException {
        Map<String, Object> sample = new LinkedHashMap<>();
        sample.put("step", step);
        sample.put("puzzle", r.puzzles().get(0).id());
        sample.put("answer", String.valueOf(r.puzzles().get(0).answerLetter()));
        sample.put("reward", r.scores().get(0).total());
        sample.put("completion", r.texts().get(0));
        new MetricsLog(out.resolve("samples.jsonl")).append(sample);
    }

    private void saveCheckpoint() throws IOException {
        Checkpoint.save(out.resolve("checkpoint"), policy.model(), policy.tokenizer(), dir -> {
            optimizer.save(dir.resolve(TrainerState.OPTIMIZER));
            new TrainerState(step, optimizer.steps()).write(dir);
        });
    }

    private static Map<String, List<String>> curveGroups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        g.put("reward", List.of("reward", "reward/*"));
        g.put("accuracy", List.of("accuracy"));
        g.put("response_length", List.of("response_length"));
        g.put("behaviour", List.of("self_reflection_rate", "visual_reference_rate"));
        g.put("kl", List.of("kl"));
        g.put("clip_fraction", List.of("clip_fraction"));
        g.put("entropy", List.of("entropy"));
        g.put("loss", List.of("loss", "grad_norm"));
        return g;
    }

    @Override
    public void close() {
        optimizer.close();
        policy.close();
        if (reference != null) {
            reference.close();
        }
    }
}
