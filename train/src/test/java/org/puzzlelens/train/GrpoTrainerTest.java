package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.train.grpo.Aggregation;
import org.puzzlelens.train.grpo.BuiltinRewards;
import org.puzzlelens.train.grpo.CompletionReward;
import org.puzzlelens.train.grpo.GrpoOptions;
import org.puzzlelens.train.grpo.GrpoSettings;
import org.puzzlelens.train.grpo.GrpoTrainer;
import org.puzzlelens.train.grpo.NonFiniteTraining;
import org.puzzlelens.train.grpo.Rollout;
import org.puzzlelens.train.grpo.Scored;
import org.puzzlelens.train.metrics.MetricsLog;
import org.puzzlelens.train.model.Weights;
import org.puzzlelens.train.optim.OptimizerSettings;
import org.puzzlelens.train.pretrain.PretrainOptions;
import org.puzzlelens.train.pretrain.Pretrainer;
import org.puzzlelens.train.rewards.RolloutBehaviour;
import org.puzzlelens.train.sample.SamplingOptions;

/** Whole GRPO runs on a tiny warm-started model: resume, reproducibility, the frozen reference. */
class GrpoTrainerTest {
    @TempDir
    static Path dir;

    static Path base;
    /**
     * The share of digits in the completion: unlike answer accuracy, it differs between the random
     * completions of an untrained model, so every step has non-zero advantages to learn from.
     */
    static final CompletionReward REWARD = new CompletionReward() {
        @Override
        public String name() {
            return "digits";
        }

        @Override
        public List<Scored> score(List<Rollout> rollouts) {
            return rollouts.stream()
                    .map(r -> {
                        String completion = r.completion();
                        double digits =
                                completion.chars().filter(Character::isDigit).count()
                                        / (double) Math.max(1, completion.length());
                        double accuracy = BuiltinRewards.accuracy(r.puzzle(), completion);
                        return new Scored(
                                digits + accuracy,
                                Map.of("digits", digits, "accuracy", accuracy),
                                RolloutBehaviour.measure(r.puzzle(), completion));
                    })
                    .toList();
        }
    };

    @BeforeAll
    static void warmStart() throws Exception {
        PretrainOptions p = new PretrainOptions(
                List.of("clock", "calendar"),
                Preset.ALGOPUZZLEVQA,
                1,
                3,
                2,
                0.5,
                300,
                4,
                "tiny",
                1024,
                OptimizerSettings.of(1e-3, 1, 0.01, 1.0));
        base = new Pretrainer(p).baseModel(dir.resolve("cache"), Progress.NONE);
        assertThat(new MetricsLog(base.resolve("pretrain-metrics.jsonl")).read())
                .hasSize(3)
                .allSatisfy(
                        row -> assertThat(row.get("loss")).as("warm-start loss").isFinite());
        try (LoadedModel m = Checkpoint.load(base, false)) {
            assertThat(m.model().weights().firstNonFinite())
                    .as("a warm-start weight is not finite")
                    .isEmpty();
        }
        // the second request for the same options is served from the cache
        assertThat(new Pretrainer(p).baseModel(dir.resolve("cache"), Progress.NONE))
                .isEqualTo(base);
    }

    static GrpoOptions options(long seed, double beta) {
        // a high learning rate, so that four steps visibly move the weights
        return new GrpoOptions(
                base.toString(),
                REWARD.name(),
                List.of("clock"),
                Preset.ALGOPUZZLEVQA,
                seed,
                Condition.IMAGE,
                4,
                2,
                new GrpoSettings(2, 1, 2, 0.2, 0.28, beta, true, Aggregation.TOKEN, 0),
                OptimizerSettings.of(5e-3, 1, 0.01, 1.0),
                new SamplingOptions(1.0, 1.0, 6, true));
    }

    private static Map<String, float[]> train(GrpoOptions o, Path out) throws Exception {
        try (GrpoTrainer t = GrpoTrainer.start(o, out, REWARD)) {
            return snapshot(t.run(Progress.NONE, (s, m) -> {}));
        }
    }

    private static Map<String, float[]> snapshot(Path modelDir) throws Exception {
        try (LoadedModel m = Checkpoint.load(modelDir, false)) {
            return snapshot(m.model().weights());
        }
    }

    private static Map<String, float[]> snapshot(Weights w) {
        Map<String, float[]> out = new LinkedHashMap<>();
        w.all().forEach((k, v) -> out.put(k, v.toFloatArray()));
        return out;
    }

    private static void assertSameWeights(Map<String, float[]> a, Map<String, float[]> b) {
        assertThat(a.keySet()).isEqualTo(b.keySet());
        a.forEach((k, v) -> assertThat(b.get(k)).as(k).containsExactly(v));
    }

    private static List<Map<String, Double>> metricsWithoutTimes(Path out) throws Exception {
        List<Map<String, Double>> rows = new MetricsLog(out.resolve("metrics.jsonl")).read();
        rows.forEach(r -> r.remove("seconds"));
        return rows;
    }

    @Test
    void resumingAfterAKillGivesTheSameModelAsAnUninterruptedRunAndAFixedSeedReproducesIt() throws Exception {
        Path whole = dir.resolve("whole");
        Map<String, float[]> uninterrupted = train(options(7, 0), whole);

        Path again = dir.resolve("again");
        assertSameWeights(train(options(7, 0), again), uninterrupted);
        assertThat(metricsWithoutTimes(again)).isEqualTo(metricsWithoutTimes(whole));

        Path killed = dir.resolve("killed");
        // after step 3, before its checkpoint: the work since step 2 is lost
        killAfterStep(killed, 3);
        try (GrpoTrainer t = GrpoTrainer.resume(killed, REWARD, null)) {
            assertThat(t.step()).isEqualTo(2);
            Map<String, float[]> resumed = snapshot(t.run(Progress.NONE, (s, m) -> {}));
            assertSameWeights(resumed, uninterrupted);
        }
        assertThat(metricsWithoutTimes(killed)).isEqualTo(metricsWithoutTimes(whole));
        assertThat(new MetricsLog(killed.resolve(GrpoTrainer.SAMPLES)).read())
                .as("one sample per step, none repeated")
                .extracting(row -> row.get("step"))
                .containsExactly(1.0, 2.0, 3.0, 4.0);
        assertThat(Files.readAllLines(killed.resolve("samples.jsonl")))
                .isEqualTo(Files.readAllLines(whole.resolve("samples.jsonl")));
        assertThat(Files.list(whole.resolve("curves")).toList()).isNotEmpty();
        // the runs learned something: norms do not decay, so only gradients move them
        assertThat(uninterrupted.get("model.norm.weight"))
                .isNotEqualTo(snapshot(base).get("model.norm.weight"));
    }

    @Test
    void aKillAtAnyInstantOfTheCheckpointSwapResumesFromTheLastCompleteCheckpointWithoutRepeatingALine()
            throws Exception {
        Path whole = dir.resolve("swap-whole");
        Map<String, float[]> uninterrupted = train(options(7, 0), whole);
        Path killed = dir.resolve("swap-killed");
        // after step 4 is logged, before its checkpoint
        killAfterStep(killed, 4);
        Path done = killed.resolve("checkpoint-000002");
        assertThat(killed.resolve("checkpoint").toRealPath()).isEqualTo(done.toRealPath());
        // the kill hit while checkpoint 4 was being written beside (a torn copy) and its link prepared
        Path torn = Files.createDirectories(killed.resolve("checkpoint-000004.tmp"));
        Files.copy(done.resolve(Checkpoint.CONFIG), torn.resolve(Checkpoint.CONFIG));
        Files.writeString(torn.resolve(Checkpoint.WEIGHTS), "cut");
        Files.createSymbolicLink(killed.resolve("checkpoint.next"), torn.getFileName());
        try (GrpoTrainer t = GrpoTrainer.resume(killed, REWARD, null)) {
            assertThat(t.step()).isEqualTo(2);
            assertSameWeights(snapshot(t.run(Progress.NONE, (s, m) -> {})), uninterrupted);
        }
        assertThat(metricsWithoutTimes(killed)).isEqualTo(metricsWithoutTimes(whole));
        assertThat(Files.readAllLines(killed.resolve("samples.jsonl")))
                .isEqualTo(Files.readAllLines(whole.resolve("samples.jsonl")));
        try (var left = Files.list(killed)) {
            assertThat(left.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("checkpoint"))
                            .sorted())
                    .containsExactly("checkpoint", "checkpoint-000004");
        }

        // killed after the new folder got its name but before the link moved: the newest complete folder wins
        Path late = dir.resolve("swap-late");
        killAfterStep(late, 4);
        copyFolder(whole.resolve("checkpoint-000004"), late.resolve("checkpoint-000004"));
        try (GrpoTrainer t = GrpoTrainer.resume(late, REWARD, null)) {
            assertThat(t.step()).isEqualTo(4);
        }
        assertThat(metricsWithoutTimes(late)).isEqualTo(metricsWithoutTimes(whole));
    }

    /** Runs a new run in {@code out} and stops it as a kill would, after step {@code step} is logged, before its checkpoint. */
    private static void killAfterStep(Path out, long step) throws Exception {
        try (GrpoTrainer t = GrpoTrainer.start(options(7, 0), out, REWARD)) {
            assertThatThrownBy(() -> t.run(Progress.NONE, (s, m) -> {
                        if (s == step) {
                            throw new IllegalStateException("killed");
                        }
                    }))
                    .hasMessage("killed");
        }
    }

    private static void copyFolder(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (var files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }

    @Test
    void aNonFiniteLossStopsTheRunNamingTheStepAndKeepsTheLastGoodCheckpoint() throws Exception {
        Path out = dir.resolve("nan");
        try (GrpoTrainer t = GrpoTrainer.start(options(7, 0), out, REWARD)) {
            // a weight turns NaN after step 3 (logged, not checkpointed): step 4's loss follows
            assertThatThrownBy(() -> t.run(Progress.NONE, (step, m) -> {
                        if (step == 3) {
                            t.policy()
                                    .model()
                                    .weights()
                                    .get("model.norm.weight")
                                    .muli(Float.NaN);
                        }
                    }))
                    .isInstanceOf(NonFiniteTraining.class)
                    .hasMessageContaining("diverged at step 4")
                    .hasMessageContaining("is NaN")
                    .hasMessageContaining("checkpoint of step 2");
        }
        assertThat(new MetricsLog(out.resolve("metrics.jsonl")).read()).hasSize(3);
        assertThat(out.resolve("model")).doesNotExist();
        try (LoadedModel kept = Checkpoint.load(out.resolve("checkpoint"), false)) {
            assertThat(kept.model().weights().firstNonFinite()).isEmpty();
        }
        try (GrpoTrainer t = GrpoTrainer.resume(out, REWARD, null)) {
            assertThat(t.step()).isEqualTo(2);
        }
    }

    @Test
    void theReferenceStaysFrozenWhileThePolicyMoves() throws Exception {
        Map<String, float[]> baseWeights = snapshot(base);
        try (GrpoTrainer t = GrpoTrainer.start(options(13, 0.1), dir.resolve("kl"), REWARD)) {
            Weights reference = t.reference().orElseThrow().model().weights();
            Path model = t.run(Progress.NONE, (s, m) -> {});
            assertSameWeights(snapshot(reference), baseWeights);
            assertThat(snapshot(model).get("model.norm.weight")).isNotEqualTo(baseWeights.get("model.norm.weight"));
        }
        List<Map<String, Double>> rows = new MetricsLog(dir.resolve("kl/metrics.jsonl")).read();
        assertThat(rows.get(0))
                .containsKeys(
                        "reward",
                        "reward/accuracy",
                        "reward/digits",
                        "accuracy",
                        "kl",
                        "clip_fraction",
                        "entropy",
                        "response_length");
        assertThat(rows.get(rows.size() - 1).get("kl")).as(rows.toString()).isPositive();
    }

    @Test
    void withoutKlPenaltyNoReferenceIsLoaded() throws Exception {
        try (GrpoTrainer t = GrpoTrainer.start(options(12, 0), dir.resolve("nokl"), REWARD)) {
            assertThat(t.reference()).isEmpty();
        }
    }
}
