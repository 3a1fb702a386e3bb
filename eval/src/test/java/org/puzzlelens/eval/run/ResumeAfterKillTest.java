package org.puzzlelens.eval.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendProvider;
import org.puzzlelens.eval.backend.Backends;
import org.puzzlelens.eval.testing.AnswerKey;
import org.puzzlelens.eval.testing.Fixtures;
import org.puzzlelens.eval.testing.Replies;
import org.puzzlelens.eval.testing.ScriptedServer;
import org.puzzlelens.eval.testing.ScriptedServer.Reply;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.io.Progress;

/**
 * A run stopped mid-way (in-flight requests abandoned) and a torn last line (a kill mid-write), then
 * the same command again: every (condition, instance, sample) ends up in the file exactly once.
 */
class ResumeAfterKillTest {
    @TempDir
    Path dir;

    @Test
    void rerunAfterCancelAndTornLineLosesNothingAndDuplicatesNothing() throws Exception {
        List<EvalItem> items = Fixtures.suite(dir.resolve("suite"), "clock", 12);
        AnswerKey key = new AnswerKey(items);
        List<Condition> conditions = List.of(Condition.IMAGE, Condition.TEXT);
        int expected = items.size() * conditions.size();
        Path out = dir.resolve("results.jsonl");
        ScriptedServer.Script slow = r -> Reply.json(Replies.openAi(
                        "<answer>(" + key.item(Replies.promptText(r.body())).answerLetter() + ")</answer>"))
                .delayed(60);
        BackendProvider openai = Backends.load().provider("openai");
        try (ScriptedServer server = new ScriptedServer("/v1/chat/completions", 200, slow)) {
            var settings = Fixtures.backend(server.base().resolve("/v1"), Map.of(), Duration.ofSeconds(5), 0);
            try (Backend backend = openai.create(settings);
                    ResultsFile file = ResultsFile.open(out)) {
                EvalRunner runner = new EvalRunner(backend, Fixtures.run("m", conditions, 1, 3), file, Progress.NONE);
                CompletableFuture<RunSummary> running = CompletableFuture.supplyAsync(() -> {
                    try {
                        return runner.run(items);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                });
                while (ResultsFile.read(out).size() < 6) {
                    Thread.sleep(10);
                }
                runner.cancel();
                RunSummary stopped = running.get(10, TimeUnit.SECONDS);
                assertThat(stopped.cancelled()).isTrue();
                assertThat(stopped.answered()).isBetween(6, expected - 1);
            }
            int written = ResultsFile.read(out).size();
            String torn = "{\"model\":\"m\",\"condition\":\"ima";
            Files.writeString(out, torn, StandardCharsets.UTF_8, StandardOpenOption.APPEND);

            // the rerun asks a server of its own: a request the stopped run had sent may still reach the first
            // one late, so counting there would depend on timing
            RunSummary resumed;
            try (ScriptedServer again = new ScriptedServer("/v1/chat/completions", 200, slow);
                    Backend backend = openai.create(
                            Fixtures.backend(again.base().resolve("/v1"), Map.of(), Duration.ofSeconds(5), 0));
                    ResultsFile file = ResultsFile.open(out)) {
                assertThat(file.repair().tornBytes()).isEqualTo(torn.length());
                resumed = new EvalRunner(backend, Fixtures.run("m", conditions, 1, 3), file, Progress.NONE).run(items);
                assertThat(again.received()).hasSize(expected - written);
            }
            assertThat(resumed.alreadyDone()).isEqualTo(written);
            assertThat(resumed.answered()).isEqualTo(expected - written);

            List<EvalResult> lines = ResultsFile.read(out);
            assertThat(lines).hasSize(expected).allMatch(EvalResult::ok).allMatch(EvalResult::isCorrect);
            Set<ResultKey> keys = lines.stream().map(EvalResult::key).collect(Collectors.toSet());
            assertThat(keys).hasSize(expected);
            assertThat(Files.readString(out)).endsWith("\n");
        }
    }
}
