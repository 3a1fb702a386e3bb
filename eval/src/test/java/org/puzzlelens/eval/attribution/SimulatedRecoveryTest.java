package org.puzzlelens.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Backends;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.report.Proportion;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.testing.Fixtures;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.io.Progress;

/**
 * The attribution validated on simulated models whose error rates are known: the harness must
 * recover them within their 95% intervals, and charge each error to the right cause. Fixed seeds.
 */
class SimulatedRecoveryTest {
    @TempDir
    static Path suiteDir;

    @TempDir
    Path dir;

    static List<EvalItem> items;

    @BeforeAll
    static void suite() throws Exception {
        items = Fixtures.suite(suiteDir, "clock,maze,calendar,rectangle_height_number", 100);
    }

    private List<EvalResult> run(String backend, Map<String, String> options) throws Exception {
        BackendSettings settings = new BackendSettings(
                "sim", null, null, Duration.ofSeconds(1), RetryPolicy.standard(0), options, k -> null);
        Path out = dir.resolve(backend + ".jsonl");
        try (Backend b = Backends.load().provider(backend).create(settings);
                ResultsFile file = ResultsFile.open(out)) {
            new EvalRunner(b, Fixtures.run(backend, List.of(Condition.values()), 1, 8), file, Progress.NONE).run(items);
        }
        return ResultsFile.read(out);
    }

    private static Tally tally(List<EvalResult> results) {
        Tally t = Tally.EMPTY;
        for (Attribution.Case c : Attribution.cases(results)) {
            t = t.add(c);
        }
        return t;
    }

    private static Proportion share(List<EvalResult> results, Condition c, Predicate<EvalResult> what) {
        Proportion p = Proportion.NONE;
        for (EvalResult r : results) {
            if (r.condition().equals(c.id())) {
                p = p.plus(what.test(r));
            }
        }
        return p;
    }

    @Test
    void theOracleIsAlwaysRightAndTranscribesExactly() throws Exception {
        List<EvalResult> results = run("oracle", Map.of());
        assertThat(results).hasSize(items.size() * 4).allMatch(EvalResult::isCorrect);
        assertThat(results.stream().filter(r -> r.transcription() != null))
                .hasSize(items.size())
                .allMatch(r -> r.transcription().exact());
        assertThat(tally(results).count(Verdict.CORRECT)).isEqualTo(items.size());
    }

    @Test
    void bothRatesAreRecoveredWithinTheirIntervals() throws Exception {
        List<EvalResult> results = run("noisy", Map.of("perception", "0.3", "reasoning", "0.2", "seed", "11"));
        Tally t = tally(results);
        Proportion perception = new Proportion(t.perceptionFailures(), t.perceptionKnown());
        Proportion reasoning = new Proportion(t.reasoningFailures(), t.reasoningKnown());
        assertThat(perception.n()).isEqualTo(items.size());
        assertThat(perception.intervalContains(0.3))
                .as(perception.withInterval())
                .isTrue();
        assertThat(reasoning.intervalContains(0.2)).as(reasoning.withInterval()).isTrue();
        Proportion misread =
                share(results, Condition.TRANSCRIBE, r -> !r.transcription().exact());
        assertThat(misread.intervalContains(0.3)).as(misread.withInterval()).isTrue();
        // the description restores perception: image+text errs like text
        Proportion imageTextWrong = share(results, Condition.IMAGE_TEXT, r -> !r.isCorrect());
        assertThat(imageTextWrong.intervalContains(0.2))
                .as(imageTextWrong.withInterval())
                .isTrue();
        assertThat(t.count(Verdict.BOTH)).isPositive();
        assertThat(t.count(Verdict.UNEXPLAINED)).isZero();
    }

    @Test
    void perceptionErrorsAloneAreAllChargedToPerception() throws Exception {
        Tally t = tally(run("noisy", Map.of("perception", "0.25", "seed", "3")));
        assertThat(t.count(Verdict.PERCEPTION))
                .isEqualTo(t.perceptionFailures())
                .isPositive();
        assertThat(t.count(Verdict.CORRECT)).isEqualTo(items.size() - t.perceptionFailures());
        assertThat(t.reasoningFailures()).isZero();
        assertThat(t.count(Verdict.REASONING) + t.count(Verdict.BOTH) + t.count(Verdict.UNEXPLAINED))
                .isZero();
    }

    @Test
    void reasoningErrorsAloneAreAllChargedToReasoning() throws Exception {
        List<EvalResult> results = run("noisy", Map.of("reasoning", "0.3", "seed", "5"));
        Tally t = tally(results);
        assertThat(t.count(Verdict.REASONING)).isEqualTo(t.reasoningFailures()).isPositive();
        assertThat(t.perceptionFailures()).isZero();
        assertThat(share(results, Condition.TRANSCRIBE, r -> r.transcription().exact())
                        .rate())
                .isEqualTo(1.0);
        assertThat(t.count(Verdict.PERCEPTION) + t.count(Verdict.BOTH) + t.count(Verdict.UNEXPLAINED))
                .isZero();
    }
}
