package org.puzzlelens.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Backends;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.backend.Sampling;
import org.puzzlelens.eval.input.ItemLoader;
import org.puzzlelens.eval.prompt.Prompts;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.run.RunSettings;
import org.puzzlelens.eval.run.RunSummary;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.chat.PromptTemplate;
import org.puzzlelens.puzzles.core.Registry;

/**
 * Evaluates one model of the study with the evaluation harness and the {@code local} backend, like
 * any other model: image and text conditions, greedy decoding, results resumable in
 * {@code eval/<label>.jsonl}. The prompt asks in the words GRPO trains with, so that the evaluation
 * measures the trained behaviour rather than a change of wording. Test instances equal by content to a
 * puzzle the models trained on are left out ({@link TrainTestOverlap}).
 */
record StudyEvaluation(Path dir, List<Path> suites, int maxTokens, TrainTestOverlap overlap, int inDomainPerType) {
    static final List<Condition> CONDITIONS = List.of(Condition.IMAGE, Condition.TEXT);
    /** The words GRPO and the warm start ask with (the chat package's one template). */
    static final PromptTemplate PROMPT = PromptTemplate.TAGGED;

    /** Every instance of the test suites, those equal to a training puzzle included. */
    List<EvalItem> tests() throws IOException {
        return new ItemLoader(Registry.get()).load(suites, null, 0);
    }

    /** What every model is evaluated on: the unseen test instances, at most {@code inDomainPerType} per in-domain type. */
    List<EvalItem> evaluated() throws IOException {
        Map<String, Integer> taken = new HashMap<>();
        return overlap.unseen(tests()).stream()
                .filter(i -> !Registry.get().type(i.typeName()).info().inDomain()
                        || taken.merge(i.typeName(), 1, Integer::sum) <= inDomainPerType)
                .toList();
    }

    Path results(String label) {
        return dir.resolve(label + ".jsonl");
    }

    /** Runs greedy decoding under image and text for what is not yet in the results file; returns it. */
    Path run(String label, Path checkpoint, ProgressBars progress) throws IOException, InterruptedException {
        return run(label, checkpoint, progress, CONDITIONS, 0);
    }

    /**
     * Runs what is not yet in the results file under {@code conditions}, sampling at {@code temperature}
     * (0: greedy); returns the file.
     */
    Path run(String label, Path checkpoint, ProgressBars progress, List<Condition> conditions, double temperature)
            throws IOException, InterruptedException {
        Files.createDirectories(dir);
        Map<String, String> options =
                Map.of("checkpoint", checkpoint.toAbsolutePath().toString(), "max-tokens", Integer.toString(maxTokens));
        BackendSettings backend = new BackendSettings(
                label, null, null, Duration.ofMinutes(10), RetryPolicy.standard(0), options, System::getenv);
        RunSettings settings = new RunSettings(
                label,
                "local",
                options,
                label,
                conditions,
                1,
                new Prompts(PROMPT, 1024),
                new Sampling(temperature, null, maxTokens, null),
                16,
                false,
                1024);
        List<EvalItem> items = evaluated();
        try (Backend b = Backends.load().provider("local").create(backend);
                ResultsFile file = ResultsFile.open(results(label))) {
            RunSummary summary = new EvalRunner(b, settings, file, progress).run(items);
            if (summary.failed() > 0) {
                // the study goes on: a prompt longer than the model's positions fails every time, and the
                // report counts failed requests per model instead of hiding them
                System.out.printf(
                        "%d evaluation request(s) of %s failed (see %s; the report lists why); a rerun retries them%n",
                        summary.failed(), label, results(label));
            }
        } catch (BackendConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
        return results(label);
    }
}
