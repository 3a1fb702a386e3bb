package org.puzzlelens.train.grpo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Seeds;
import org.puzzlelens.puzzles.core.Seeds.Purpose;
import org.puzzlelens.puzzles.io.AtomicFiles;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.RunLock;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.data.ChatFormat;
import org.puzzlelens.train.data.PuzzleImages;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.metrics.Curves;
import org.puzzlelens.train.metrics.MetricsLog;
import org.puzzlelens.train.metrics.TensorBoardLog;
import org.puzzlelens.train.model.TokenBatch;
import org.puzzlelens.train.optim.AdamW;
import org.puzzlelens.train.rewards.RolloutBehaviour;

/**
 * GRPO on the built-in model. Each step: G completions for each of a few prompts, rewards, group
 * advantages, then a few clipped-ratio updates against the policy that sampled. The run folder holds
 * the settings, metrics.jsonl, curves/, samples.jsonl, the latest resumable checkpoint and, at the
 * end, model/. Step s draws its puzzles and its sampling stream from (seed, purpose, s) alone
 * ({@link Seeds.Purpose#GRPO_PROMPTS}, {@link Seeds.Purpose#GRPO_SAMPLING}), so a run
 * resumed from a checkpoint repeats exactly what the uninterrupted run does.
 */
public final class GrpoTrainer implements AutoCloseable {
    public static final String SETTINGS = "grpo-settings.json";
    public static final String SAMPLES = "samples.jsonl";
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
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
    private final MetricsLog samples;
    private final RunCheckpoints checkpoints;
    private final PolicyUpdate update;
    private final RunLock lock;
    private long step;

    private GrpoTrainer(GrpoOptions options, Path out, CompletionReward reward, Path start, long step, RunLock lock)
            throws IOException {
        this.options = options;
        this.lock = lock;
        this.out = out;
        this.reward = reward;
        this.step = step;
        policy = Checkpoint.load(start, true);
        reference = options.grpo().beta() > 0 ? Checkpoint.load(Path.of(options.base()), false) : null;
        optimizer = new AdamW(options.optimizer(), policy.model().weights());
        stream = stream(options);
        metrics = new MetricsLog(out.resolve("metrics.jsonl"));
        samples = new MetricsLog(out.resolve(SAMPLES));
        checkpoints = new RunCheckpoints(out);
        update = new PolicyUpdate(
                policy.model(),
                reference == null ? null : reference.model(),
                optimizer,
                options.grpo(),
                options.sampling());
    }

    /** GRPO's prompt puzzles: step s asks items {@code s * promptsPerStep} onwards. */
    public static PuzzleStream stream(GrpoOptions options) {
        return new PuzzleStream(
                options.types().stream()
                        .<PuzzleType<?>>map(Registry.get()::type)
                        .toList(),
                Seeds.of(options.seed(), Purpose.GRPO_PROMPTS),
                options.preset());
    }

    /** How many puzzles of {@link #stream} a run of {@code options.steps()} steps trains on. */
    public static long puzzlesSeen(GrpoOptions options) {
        return (long) options.steps() * options.grpo().promptsPerStep();
    }

    /** A new run in {@code out} (which must not hold one already). */
    public static GrpoTrainer start(GrpoOptions options, Path out, CompletionReward reward) throws IOException {
        return locked(out, lock -> {
            if (Files.exists(out.resolve(SETTINGS))) {
                throw new IllegalArgumentException(
                        out + " already holds a run; use --resume to continue it, or another --out");
            }
            // whole or absent: a kill while it is written must not leave a run that cannot be resumed
            AtomicFiles.writeString(out.resolve(SETTINGS), JSON.writeValueAsString(options));
            return new GrpoTrainer(options, out, reward, Path.of(options.base()), 0, lock);
        });
    }

    /** Continues the run in {@code out} from its latest checkpoint (from the base if it has none yet). */
    public static GrpoTrainer resume(Path out, CompletionReward reward, Integer steps) throws IOException {
        Path settings = out.resolve(SETTINGS);
        if (!Files.exists(settings)) {
            throw new IllegalArgumentException(out + " holds no run to resume (no " + SETTINGS + ")");
        }
        return locked(out, lock -> {
            GrpoOptions saved = JSON.readValue(settings.toFile(), GrpoOptions.class);
            GrpoOptions options = steps == null ? saved : saved.withSteps(steps);
            if (!options.design().equals(reward.name())) {
                throw new IllegalArgumentException(
                        "the run used design " + options.design() + ", not " + reward.name());
            }
            AtomicFiles.writeString(settings, JSON.writeValueAsString(options));
            Optional<Path> checkpoint = new RunCheckpoints(out).latest();
            TrainerState state = checkpoint.isPresent() ? TrainerState.read(checkpoint.get()) : new TrainerState(0, 0);
            GrpoTrainer t = new GrpoTrainer(
                    options, out, reward, checkpoint.orElse(Path.of(options.base())), state.step(), lock);
            if (checkpoint.isPresent()) {
                t.optimizer.restore(checkpoint.get().resolve(TrainerState.OPTIMIZER), state.optimizerUpdates());
            }
            // what the killed run logged past its checkpoint is done again: drop it, so no line repeats
            t.metrics.truncateAfter(state.step());
            t.samples.truncateAfter(state.step());
            return t;
        });
    }

    private interface Opening {
        GrpoTrainer open(RunLock lock) throws IOException;
    }

    /** Opens a trainer holding the run folder's lock (a second trainer of the same folder is refused). */
    private static GrpoTrainer locked(Path out, Opening opening) throws IOException {
        RunLock lock = RunLock.folder(out);
        try {
            return opening.open(lock);
        } catch (IOException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    public LoadedModel policy() {
        return policy;
    }

    /** The frozen reference, when beta > 0. */
    public Optional<LoadedModel> reference() {
        return Optional.ofNullable(reference);
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
                double[] advantages = Advantages.of(
                        rollouts.rewards(),
                        options.grpo().groupSize(),
                        options.grpo().scaleByStd());
                Map<String, Double> row = new LinkedHashMap<>();
                row.put("step", (double) (step + 1));
                row.putAll(update.apply(rollouts.batch(), advantages));
                NonFiniteTraining.check(step + 1, row, policy.model().weights(), optimizer.nonFiniteGradient(), kept());
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

    private record Rollouts(
            List<PuzzleInstance> puzzles,
            TokenBatch batch,
            double[] rewards,
            List<Scored> scores,
            List<String> texts,
            Map<String, Double> metrics) {}

    private Rollouts rollouts(long s) {
        int g = options.grpo().groupSize();
        List<PuzzleInstance> puzzles = new ArrayList<>();
        List<int[]> prompts = new ArrayList<>();
        List<float[]> pixels = options.condition().usesImage() ? new ArrayList<>() : null;
        int imageSize = policy.model().config().vision().imageSize();
        for (int i = 0; i < options.grpo().promptsPerStep(); i++) {
            PuzzleInstance p = stream.get(s * options.grpo().promptsPerStep() + i);
            int[] prompt = policy.tokenizer().encode(ChatFormat.studyPrompt(p, options.condition()));
            float[] image = pixels == null ? null : PuzzleImages.pixels(p, imageSize);
            for (int k = 0; k < g; k++) {
                puzzles.add(p);
                prompts.add(prompt);
                if (pixels != null) {
                    pixels.add(image);
                }
            }
        }
        SplittableRandom rng = Seeds.stream(options.seed(), Purpose.GRPO_SAMPLING, s);
        List<int[]> completions = policy.sampler()
                .sample(prompts, pixels, options.sampling(), rng, false)
                .completions();
        List<String> texts = new ArrayList<>();
        List<Rollout> rollouts = new ArrayList<>();
        for (int i = 0; i < completions.size(); i++) {
            texts.add(policy.tokenizer().decode(completions.get(i), true));
            rollouts.add(new Rollout(puzzles.get(i), texts.get(i)));
        }
        List<Scored> scores = reward.score(rollouts);
        if (scores.size() != rollouts.size()) {
            throw new IllegalStateException("reward " + reward.name() + " gave " + scores.size() + " scores for "
                    + rollouts.size() + " rollouts");
        }
        double[] rewards = new double[completions.size()];
        Map<String, Double> means = new LinkedHashMap<>();
        double length = 0;
        for (int i = 0; i < completions.size(); i++) {
            Scored scored = scores.get(i);
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
        means.putAll(RolloutBehaviour.of(scores, puzzles, texts));
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
        samples.append(sample);
    }

    private void saveCheckpoint() throws IOException {
        checkpoints.save(step, policy.model(), policy.tokenizer(), dir -> {
            optimizer.save(dir.resolve(TrainerState.OPTIMIZER));
            new TrainerState(step, optimizer.steps()).write(dir);
        });
    }

    /** Where a resume would start from now, for the divergence message. */
    private String kept() {
        long saved = step - step % options.checkpointEvery();
        return saved == 0
                ? "a resume starts again from " + options.base()
                : "the checkpoint of step " + saved + " in " + out.resolve(RunCheckpoints.LINK) + " is kept";
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
        try {
            lock.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
