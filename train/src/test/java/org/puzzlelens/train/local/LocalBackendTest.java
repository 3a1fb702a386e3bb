package org.puzzlelens.train.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Backends;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.backend.Sampling;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.run.RunSettings;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;
import org.puzzlelens.train.Checkpoint;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.data.TokenizerCorpus;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.BpeTrainer;

/** The built-in model answers the evaluation harness in process, under image and text, like any backend. */
class LocalBackendTest {
    @TempDir
    Path dir;

    private Path tinyCheckpoint() throws Exception {
        BpeTokenizer tokenizer = BpeTrainer.train(
                TokenizerCorpus.texts(
                        new PuzzleStream(List.of(Registry.get().type("clock")), 1, Preset.ALGOPUZZLEVQA), 2),
                300);
        Path folder = dir.resolve("model");
        try (VisionLanguageModel model = VisionLanguageModel.initialise(
                ModelConfig.tiny(tokenizer.vocabSize()), 1, NDManager.newBaseManager(), DataType.FLOAT32)) {
            Checkpoint.save(folder, model, tokenizer);
        }
        return folder;
    }

    private static BackendSettings settings(Map<String, String> options) {
        return new BackendSettings(
                "local", null, null, Duration.ofMinutes(1), RetryPolicy.standard(0), options, k -> null);
    }

    @Test
    void answersThroughTheHarnessUnderImageAndText() throws Exception {
        Path checkpoint = tinyCheckpoint();
        Path suite = dir.resolve("suite");
        new SuiteWriter(1)
                .write(
                        suite,
                        new SuiteSpec(List.of(Registry.get().type("clock")), 3, 5, Preset.ALGOPUZZLEVQA, 64),
                        Progress.NONE);
        Map<String, String> options = Map.of("checkpoint", checkpoint.toString(), "max-tokens", "6", "batch", "4");
        RunSettings run = new RunSettings(
                "tiny",
                "local",
                options,
                "tiny",
                List.of(Condition.IMAGE, Condition.TEXT),
                1,
                new Prompts(PromptTemplate.TAGGED, 1024),
                new Sampling(0, null, 2048, null),
                8,
                false,
                1024);
        Path results = dir.resolve("results.jsonl");
        try (Backend backend = Backends.load().provider("local").create(settings(options));
                ResultsFile file = ResultsFile.open(results)) {
            var summary = new EvalRunner(backend, run, file, Progress.NONE)
                    .run(new ItemLoader(Registry.get()).load(List.of(suite), null, 0));
            assertThat(summary.answered()).isEqualTo(6);
            assertThat(summary.failed()).isZero();
            assertThat(summary.usage().outputTokens()).isBetween(6L, 36L);
        }
        List<EvalResult> lines = ResultsFile.read(results);
        assertThat(lines).hasSize(6).allSatisfy(r -> {
            assertThat(r.ok()).as(r.error()).isTrue();
            assertThat(r.outputTokens()).isBetween(1L, 6L);
        });
        assertThat(lines.stream().map(EvalResult::condition).distinct()).containsExactlyInAnyOrder("image", "text");

        // greedy decoding: two runs answer the same. One prompt per batch in both: which prompts share a batch
        // depends on when they arrive, and padding moves a row's logits by up to 1e-5 (KvCacheTest), enough
        // to flip a near-tie of an untrained model's argmax; unbatched, each answer depends on its prompt alone
        Map<String, String> single = Map.of("checkpoint", checkpoint.toString(), "max-tokens", "6", "batch", "1");
        assertThat(answers(single, run, suite, dir.resolve("again.jsonl")))
                .isEqualTo(answers(single, run, suite, dir.resolve("once-more.jsonl")));
    }

    private static List<String> answers(Map<String, String> options, RunSettings run, Path suite, Path results)
            throws Exception {
        try (Backend backend = Backends.load().provider("local").create(settings(options));
                ResultsFile file = ResultsFile.open(results)) {
            new EvalRunner(backend, run, file, Progress.NONE)
                    .run(new ItemLoader(Registry.get()).load(List.of(suite), null, 0));
        }
        return ResultsFile.read(results).stream()
                .map(r -> r.condition() + r.instance() + r.response())
                .sorted()
                .toList();
    }

    @Test
    void badOptionsSayWhatToGive() {
        var local = Backends.load().provider("local");
        assertThatThrownBy(() -> local.create(settings(Map.of())))
                .isInstanceOf(BackendConfigException.class)
                .hasMessageContaining("checkpoint=DIR");
        assertThatThrownBy(() -> local.create(settings(Map.of("checkpoint", dir.toString()))))
                .hasMessageContaining("is not a model folder");
        assertThatThrownBy(() -> local.create(settings(Map.of("checkpoint", dir.toString(), "temprature", "1"))))
                .hasMessageContaining("no option 'temprature'");
    }
}
