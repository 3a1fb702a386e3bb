package org.puzzlelens.cli;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Backends;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.backend.Sampling;
import org.puzzlelens.eval.backend.Usage;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.eval.report.RunData;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.run.RunSettings;
import org.puzzlelens.eval.run.RunSummary;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.PuzzleType;
import org.puzzlelens.puzzles.core.Registry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
        name = "eval",
        mixinStandardHelpOptions = true,
        subcommands = EvalBenchCommand.class,
        description = {
            "Evaluate a model on suites or released AlgoPuzzleVQA/PuzzleVQA files under the conditions image, "
                    + "text, image+text and transcribe; results are appended to --out as JSON Lines.",
            "Rerun the same command to complete a stopped run or retry failed requests: done work is skipped, "
                    + "nothing is duplicated. Exit 1 when requests failed (they are recorded), 2 on a usage error.",
            "Backends: openai, anthropic, oracle, noisy (see docs/EVALUATION.md)."
        })
final class EvalCommand implements Callable<Integer>, RecordedRun {
    // not required at parse time, so that `eval bench` needs neither; checked in call()
    @Parameters(arity = "0..*", paramLabel = "INPUT", description = "suite folders or record files (.json)")
    List<Path> inputs;

    @Option(names = "--out", paramLabel = "FILE.jsonl", description = "results file (appended, resumable); required")
    Path out;

    @Option(
            names = "--backend",
            description = "openai, anthropic, oracle, noisy, or a plug-in's name. Default: ${DEFAULT-VALUE}")
    String backend = "openai";

    @Option(names = "--model", description = "model name sent to the server. Default: the backend's name")
    String model;

    @Option(names = "--label", description = "the run's name in results and reports. Default: the model name")
    String label;

    @Option(
            names = "--base-url",
            description = "server base URL, e.g. http://127.0.0.1:8000/v1 (vLLM). Default: the API's own")
    URI baseUrl;

    @Option(
            names = "--api-key-env",
            paramLabel = "VAR",
            description = "environment variable holding the API key. "
                    + "Default: OPENAI_API_KEY (used if set) or ANTHROPIC_API_KEY (required)")
    String apiKeyEnv;

    @Option(
            names = "--backend-option",
            paramLabel = "KEY=VALUE",
            description = "backend setting, repeatable "
                    + "(noisy: perception=0.3, reasoning=0.2, seed=1; openai: use-n=false; anthropic: version=...)")
    Map<String, String> backendOptions = new LinkedHashMap<>();

    @Option(
            names = "--conditions",
            description = "comma-separated: image, text, image+text, transcribe. Default: ${DEFAULT-VALUE}")
    String conditions = "image,text";

    @Option(
            names = "--prompt",
            description = "benchmark, tagged, or a template file with {context} {question} {options}. "
                    + "Default: ${DEFAULT-VALUE}")
    String prompt = "benchmark";

    @Option(
            names = "--second-call",
            description = "when no answer can be read, ask \"Therefore, among (A) (B) (C) (D), "
                    + "the answer is:\" (the benchmark's follow-up)")
    boolean secondCall;

    @Option(names = "--types", description = "keep these types (names, all, algopuzzlevqa, puzzlevqa). Default: all")
    String types;

    @Option(names = "--limit", description = "the first N records of each type; 0 for all. Default: ${DEFAULT-VALUE}")
    int limit;

    @Option(names = "--samples", description = "completions per (instance, condition). Default: ${DEFAULT-VALUE}")
    int samples = 1;

    @Option(names = "--temperature", description = "Default: ${DEFAULT-VALUE} (the benchmark's)")
    double temperature;

    @Option(names = "--top-p", description = "Default: the server's")
    Double topP;

    @Option(names = "--max-tokens", description = "Default: ${DEFAULT-VALUE}")
    int maxTokens = 2048;

    @Option(names = "--seed", description = "sampling seed sent to OpenAI-compatible servers. Default: none")
    Long seed;

    @Option(names = "--concurrency", description = "requests in flight at most. Default: ${DEFAULT-VALUE}")
    int concurrency = 8;

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "per HTTP request. Default: ${DEFAULT-VALUE}")
    double timeoutSeconds = 300;

    @Option(names = "--retries", description = "retries per request on 429, 5xx, timeouts. Default: ${DEFAULT-VALUE}")
    int retries = 5;

    @Option(
            names = "--max-image-side",
            paramLabel = "PX",
            description = "scale larger images down. Default: ${DEFAULT-VALUE}")
    int maxImageSide = 1024;

    @Option(
            names = "--price-input",
            paramLabel = "USD",
            description = "price per million input tokens, for the cost summary")
    double priceInput;

    @Option(names = "--price-output", paramLabel = "USD", description = "price per million output tokens")
    double priceOutput;

    /** Beside the results file: {@code runs/qwen.jsonl} gets {@code runs/qwen.run.json}. */
    @Override
    public Path runRecord() {
        return out == null
                ? null
                : out.resolveSibling(out.getFileName().toString().replaceFirst("\\.jsonl$", "") + ".run.json");
    }

    @Override
    public Set<String> notConfiguration() {
        return Set.of("concurrency", "timeout", "retries", "price-input", "price-output", "out");
    }

    @Override
    public Integer call() throws Exception {
        if (inputs == null || inputs.isEmpty() || out == null) {
            throw new IllegalArgumentException("give the INPUT suites or files and --out FILE.jsonl (see eval --help)");
        }
        List<Condition> chosen = Condition.parseList(conditions);
        if (timeoutSeconds <= 0 || retries < 0 || limit < 0) {
            throw new IllegalArgumentException("--timeout must be > 0, --retries and --limit >= 0");
        }
        Set<String> typeNames = types == null
                ? null
                : Registry.get().select(types).stream()
                        .map(PuzzleType::info)
                        .map(t -> t.name())
                        .collect(Collectors.toSet());
        String modelName = model == null ? backend : model;
        BackendSettings backendSettings = new BackendSettings(
                modelName,
                baseUrl,
                apiKeyEnv,
                Duration.ofMillis((long) (timeoutSeconds * 1000)),
                RetryPolicy.standard(retries),
                backendOptions,
                System::getenv);
        RunSettings settings = new RunSettings(
                label == null ? modelName : label,
                backend,
                backendOptions,
                modelName,
                chosen,
                samples,
                new Prompts(PromptTemplate.named(prompt), maxImageSide),
                new Sampling(temperature, topP, maxTokens, seed),
                concurrency,
                secondCall,
                maxImageSide);
        List<EvalItem> items = new ItemLoader(Registry.get()).load(inputs, typeNames, limit);
        RunSummary summary;
        try (Backend b = create(backendSettings);
                ResultsFile file = ResultsFile.open(out)) {
            if (file.repair().changed()) {
                System.out.printf(
                        Locale.ROOT,
                        "%s: cut %d bytes of a torn last line, dropped %d failed line(s) to retry%n",
                        out,
                        file.repair().tornBytes(),
                        file.repair().failedDropped());
            }
            ProgressBars progress = new ProgressBars();
            summary = new EvalRunner(b, settings, file, progress).run(items);
        }
        print(summary, items.size());
        if (summary.failed() > 0) {
            System.out.println(
                    summary.failed() + " sample(s) failed and were recorded; rerun the same command to retry them");
            return 1;
        }
        return 0;
    }

    /** Settings that make no backend (a bad option, a missing key) are a usage error: exit 2. */
    private Backend create(BackendSettings settings) {
        try {
            return Backends.load().provider(backend).create(settings);
        } catch (BackendConfigException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private void print(RunSummary s, int instances) throws IOException {
        System.out.printf(
                Locale.ROOT,
                "%d instances x %s: %d answered, %d failed, %d already done, %d unparseable%n",
                instances,
                conditions,
                s.answered(),
                s.failed(),
                s.alreadyDone(),
                s.unparseable());
        s.notRunnable().forEach((why, n) -> System.out.println("not runnable: " + n + " x " + why));
        System.out.printf(
                Locale.ROOT,
                "%d requests in %.1f s (%.1f requests/s)%n",
                s.requests(),
                s.wall().toNanos() / 1e9,
                s.requestsPerSecond());
        Usage u = s.usage();
        if (u.reported()) {
            double cost = (u.inputTokens() * priceInput + u.outputTokens() * priceOutput) / 1e6;
            System.out.printf(
                    Locale.ROOT,
                    "tokens: %,d input, %,d output%s%n",
                    u.inputTokens(),
                    u.outputTokens(),
                    priceInput + priceOutput > 0 ? String.format(Locale.ROOT, "; cost $%.4f", cost) : "");
        }
        System.out.println("results: " + out + " (puzzlelens report " + out
                + " --out DIR; every sample: puzzlelens view " + out + " --suite SUITE)");
        if (Files.size(out) > 0) {
            System.out.print(SummaryTable.of(RunData.load(List.of(out))));
        }
    }
}
