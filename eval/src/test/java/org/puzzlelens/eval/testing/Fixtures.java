package org.puzzlelens.eval.testing;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.backend.Sampling;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.eval.run.RunSettings;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Progress;
import org.puzzlelens.puzzles.io.SuiteSpec;
import org.puzzlelens.puzzles.io.SuiteWriter;

/** Small suites and settings for the tests. */
public final class Fixtures {
    private Fixtures() {}

    /** Generates {@code count} instances per type with 128 px images and reads them back. */
    public static List<EvalItem> suite(Path dir, String types, int count) throws IOException {
        new SuiteWriter(2)
                .write(
                        dir,
                        new SuiteSpec(Registry.get().select(types), count, 7, Preset.ALGOPUZZLEVQA, 128),
                        Progress.NONE);
        return new ItemLoader(Registry.get()).load(List.of(dir), null, 0);
    }

    public static RunSettings run(String label, List<Condition> conditions, int samples, int concurrency) {
        return new RunSettings(
                label,
                "test",
                Map.of(),
                label,
                conditions,
                samples,
                new Prompts(PromptTemplate.BENCHMARK, 1024),
                new Sampling(0, null, 256, 5L),
                concurrency,
                false,
                1024);
    }

    /** Settings for a backend at {@code base}: fast retries so that tests stay short. */
    public static BackendSettings backend(URI base, Map<String, String> env, Duration timeout, int retries) {
        return new BackendSettings(
                "test-model",
                base,
                null,
                timeout,
                new RetryPolicy(retries + 1, Duration.ofMillis(20), Duration.ofMillis(200)),
                Map.of(),
                env::get);
    }
}
