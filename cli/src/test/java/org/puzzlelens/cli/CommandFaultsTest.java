package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.LoadedModel;
import org.puzzlelens.train.metrics.MetricsLog;
import org.puzzlelens.train.sample.SamplingOptions;
import org.puzzlelens.train.serve.ChatServer;
import org.puzzlelens.train.serve.ServeLimits;

/**
 * Fault suite (Maven profile {@code faults}) for the commands that run long: {@code train} and
 * {@code eval} SIGKILLed at random instants in child JVMs and resumed, again and again, must end
 * with what an uninterrupted run gives; a diverging {@code train} stops naming the step; a second
 * writer of a running command's folder or file is refused. Rounds: {@code -Dfaults.rounds=N}
 * (default 20). Each loop prints its figures (kills, kills that hit a running child, where each
 * resume began) for docs/RELIABILITY.md.
 */
@Tag("fault")
class CommandFaultsTest {
    private static final int STEPS = 10;
    private static final Pattern BASE = Pattern.compile("base model (\\S+)");
    private static final Pattern RESUMED = Pattern.compile("resuming \\S+ at step (\\d+)");

    @TempDir
    static Path dir;

    static Path base;

    @BeforeAll
    static void warmStart() {
        CommandRun r = CommandRun.of(
                "pretrain",
                "--size",
                "tiny",
                "--steps",
                "3",
                "--batch-size",
                "2",
                "--vocab-size",
                "300",
                "--tokenizer-puzzles",
                "4",
                "--max-sequence",
                "1024",
                "--types",
                "clock",
                "--cache",
                dir.resolve("cache").toString());
        assertThat(r.code()).as(r.err()).isZero();
        Matcher m = BASE.matcher(r.out());
        assertThat(m.find()).as(r.out()).isTrue();
        base = Path.of(m.group(1));
    }

    private static int rounds() {
        return Integer.getInteger("faults.rounds", 20);
    }

    /** A new GRPO run of {@code steps} steps at learning rate {@code lr}, or (once the folder holds one) its resumption. */
    private static String[] train(Path out, int steps, String lr) {
        List<String> args = new ArrayList<>(
                List.of("train", "--design", "no-accuracy", "--out", out.toString(), "--steps", String.valueOf(steps)));
        if (Files.exists(out.resolve("grpo-settings.json"))) {
            args.add("--resume");
        } else {
            // beta > 0: the KL term moves the weights even in steps where every reward is equal
            args.addAll(List.of(
                    "--base",
                    base.toString(),
                    "--types",
                    "clock",
                    "--checkpoint-every",
                    "1",
                    "--group-size",
                    "2",
                    "--prompts",
                    "2",
                    "--max-tokens",
                    "6",
                    "--beta",
                    "0.1",
                    "--lr",
                    lr));
        }
        return args.toArray(String[]::new);
    }

    private static String[] train(Path out) {
        return train(out, STEPS, "5e-3");
    }

    @Test
    void trainKilledAtRandomInstantsResumesToTheUninterruptedModelWithNoRepeatedLine() throws Exception {
        Path whole = dir.resolve("train-whole");
        long started = System.nanoTime();
        ChildCommand uninterrupted = ChildCommand.start(dir.resolve("train-whole.log"), List.of(train(whole)));
        assertThat(uninterrupted.waitFor(1800)).as(uninterrupted.output()).isZero();
        // kill times scale with how long a whole run takes on this machine now (JVM start included)
        long wholeMillis = (System.nanoTime() - started) / 1_000_000;

        Path killed = dir.resolve("train-killed");
        SplittableRandom rng = new SplittableRandom(14);
        List<Long> resumedAt = new ArrayList<>();
        int midRun = 0;
        for (int round = 0; round < rounds(); round++) {
            ChildCommand child = ChildCommand.start(dir.resolve("train-" + round + ".log"), List.of(train(killed)));
            Thread.sleep((long) (wholeMillis * rng.nextDouble(0.15, 0.6)));
            midRun += child.alive() ? 1 : 0;
            child.kill();
            Matcher m = RESUMED.matcher(child.output());
            if (m.find()) {
                resumedAt.add(Long.parseLong(m.group(1)));
            }
        }
        CommandRun last = CommandRun.of(train(killed));
        assertThat(last.code()).as(last.err()).isZero();

        assertThat(resumedAt)
                .as("a resume never goes back behind an earlier one")
                .isSorted();
        assertThat(metricsWithoutTimes(killed))
                .as("no metric line lost or repeated")
                .isEqualTo(metricsWithoutTimes(whole));
        assertThat(Files.readAllLines(killed.resolve("samples.jsonl")))
                .as("no sample line lost or repeated")
                .isEqualTo(Files.readAllLines(whole.resolve("samples.jsonl")));
        Map<String, byte[]> expected = files(whole.resolve("model"));
        Map<String, byte[]> got = files(killed.resolve("model"));
        assertThat(got.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, bytes) ->
                assertThat(got.get(name)).as("model/" + name + " byte for byte").isEqualTo(bytes));
        System.out.printf(
                "train kill loop: %d kills, %d mid-run, resumed at steps %s; %d steps, model identical%n",
                rounds(), midRun, resumedAt, STEPS);
    }

    @Test
    void evalKilledAtRandomInstantsLosesAndDuplicatesNothing() throws Exception {
        Path suite = dir.resolve("suite");
        assertThat(CommandRun.of(
                                "generate",
                                "--types",
                                "clock",
                                "--count",
                                "40",
                                "--image-size",
                                "128",
                                "--out",
                                suite.toString())
                        .code())
                .isZero();
        // the model server with the warm-started model, greedy: every answer depends on its prompt alone
        try (LoadedModel model = Checkpoint.load(base, false);
                ChatServer server = new ChatServer(
                        model, "tiny", new SamplingOptions(0, 1, 8, true), "127.0.0.1", 0, ServeLimits.defaults())) {
            String url = "http://127.0.0.1:" + server.port() + "/v1";
            Path whole = dir.resolve("eval-whole.jsonl");
            long started = System.nanoTime();
            ChildCommand uninterrupted =
                    ChildCommand.start(dir.resolve("eval-whole.log"), List.of(eval(suite, url, whole)));
            assertThat(uninterrupted.waitFor(1800)).as(uninterrupted.output()).isZero();
            long wholeMillis = (System.nanoTime() - started) / 1_000_000;
            Map<String, String> expected = answers(whole);
            assertThat(expected).hasSize(40 * 2);

            Path killed = dir.resolve("eval-killed.jsonl");
            SplittableRandom rng = new SplittableRandom(15);
            List<Integer> linesAtKill = new ArrayList<>();
            int midRun = 0;
            for (int round = 0; round < rounds(); round++) {
                ChildCommand child =
                        ChildCommand.start(dir.resolve("eval-" + round + ".log"), List.of(eval(suite, url, killed)));
                Thread.sleep((long) (wholeMillis * rng.nextDouble(0.15, 0.6)));
                midRun += child.alive() ? 1 : 0;
                child.kill();
                linesAtKill.add(
                        Files.exists(killed) ? Files.readAllLines(killed).size() : 0);
            }
            CommandRun last = CommandRun.of(eval(suite, url, killed));
            assertThat(last.code()).as(last.err()).isZero();
            List<EvalResult> lines = ResultsFile.read(killed);
            assertThat(lines)
                    .as("every (condition, instance, sample) exactly once")
                    .hasSize(expected.size());
            assertThat(answers(killed)).isEqualTo(expected);
            System.out.printf(
                    "eval kill loop: %d kills, %d mid-run, lines at each kill %s; %d answers, same as uninterrupted%n",
                    rounds(), midRun, linesAtKill, lines.size());
        }
    }

    @Test
    void aDivergingRunStopsWithExit1NamingTheStepAndItsLastCheckpointLoads() throws Exception {
        Path out = dir.resolve("diverge");
        CommandRun r = CommandRun.of(train(out, STEPS, "1e6"));
        assertThat(r.code()).isEqualTo(1);
        Matcher m = Pattern.compile("error: training diverged at step (\\d+): the (loss|grad_norm) is (NaN|Infinity)")
                .matcher(r.err());
        assertThat(m.find()).as(r.err()).isTrue();
        assertThat(r.err()).doesNotContain("internal error").contains("Lower --lr");
        long step = Long.parseLong(m.group(1));
        assertThat(new MetricsLog(out.resolve("metrics.jsonl")).read())
                .as("the diverged step is not logged")
                .hasSize((int) step - 1);
        assertThat(out.resolve("model")).doesNotExist();
        Path kept = step > 1 ? out.resolve("checkpoint") : base;
        try (LoadedModel last = Checkpoint.load(kept, false)) {
            assertThat(last.model().weights().firstNonFinite()).isEmpty();
        }
        System.out.printf("--lr 1e6: exit 1 at step %d (%s)%n", step, r.err().strip());
    }

    @Test
    void aSecondWriterOfARunningCommandsFolderIsRefused() throws Exception {
        Path out = dir.resolve("two-writers");
        ChildCommand first = ChildCommand.start(dir.resolve("two-writers.log"), List.of(train(out, 1000, "5e-3")));
        try {
            while (!Files.exists(out.resolve("metrics.jsonl"))) {
                assertThat(first.alive())
                        .as("the first writer is running: " + first.output())
                        .isTrue();
                Thread.sleep(100);
            }
            CommandRun second = CommandRun.of(train(out, 1000, "5e-3"));
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.err()).contains("is being written by another puzzlelens run");
        } finally {
            first.kill();
        }
        // the lock died with its holder: the run resumes (its last checkpoint is at or past step 1, so this ends at
        // once)
        CommandRun after = CommandRun.of(train(out, 1, "5e-3"));
        assertThat(after.code()).as(after.err()).isZero();
    }

    private static String[] eval(Path suite, String url, Path out) {
        return new String[] {
            "eval",
            suite.toString(),
            "--backend",
            "openai",
            "--base-url",
            url,
            "--model",
            "tiny",
            "--conditions",
            "image,text",
            "--max-tokens",
            "8",
            "--concurrency",
            "2",
            "--out",
            out.toString()
        };
    }

    /** Each result's key with what the model said and how it was scored (times and attempts vary by run). */
    private static Map<String, String> answers(Path results) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (EvalResult r : ResultsFile.read(results)) {
            out.put(r.key().toString(), r.status() + " | " + r.response() + " | " + r.choice() + " | " + r.correct());
        }
        return out;
    }

    private static List<Map<String, Double>> metricsWithoutTimes(Path run) throws IOException {
        List<Map<String, Double>> rows = new MetricsLog(run.resolve("metrics.jsonl")).read();
        rows.forEach(row -> row.remove("seconds"));
        return rows;
    }

    private static Map<String, byte[]> files(Path folder) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> all = Files.list(folder)) {
            for (Path f : all.toList()) {
                out.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return out;
    }
}
