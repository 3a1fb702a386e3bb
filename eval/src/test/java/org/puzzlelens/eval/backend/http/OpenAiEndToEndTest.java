package org.puzzlelens.eval.backend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendConfigException;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.run.RunSummary;
import org.puzzlelens.eval.testing.AnswerKey;
import org.puzzlelens.eval.testing.Fixtures;
import org.puzzlelens.eval.testing.Replies;
import org.puzzlelens.eval.testing.ScriptedServer;
import org.puzzlelens.eval.testing.ScriptedServer.Reply;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.io.Progress;

/** The harness against an OpenAI-compatible server over real HTTP on 127.0.0.1. */
class OpenAiEndToEndTest {
    @TempDir
    static Path suiteDir;

    @TempDir
    Path dir;

    static List<EvalItem> items;
    static AnswerKey key;

    @BeforeAll
    static void suite() throws Exception {
        items = Fixtures.suite(suiteDir, "clock,maze", 4);
        key = new AnswerKey(items);
    }

    /** Answers every prompt right, in the benchmark's style. */
    private static Reply right(ScriptedServer.Received r) {
        EvalItem item = key.item(Replies.promptText(r.body()));
        int n = r.body().path("n").asInt(1);
        String[] answers = new String[n];
        Arrays.fill(answers, "The clock shows the time... so the answer is (" + item.answerLetter() + ").");
        return Reply.json(Replies.openAi(answers));
    }

    private RunSummary run(
            ScriptedServer server, Path out, List<Condition> conditions, int samples, Duration timeout, int retries)
            throws Exception {
        try (Backend backend = new OpenAiBackend.Provider()
                        .create(Fixtures.backend(
                                server.base().resolve("/v1"), Map.of("OPENAI_API_KEY", "test-key"), timeout, retries));
                ResultsFile file = ResultsFile.open(out)) {
            return new EvalRunner(backend, Fixtures.run("m", conditions, samples, 4), file, Progress.NONE).run(items);
        }
    }

    @Test
    void sendsImagesAsDataUrlsWithSamplingParametersAndScoresTheAnswers() throws Exception {
        try (ScriptedServer server = new ScriptedServer("/v1/chat/completions", 100, OpenAiEndToEndTest::right)) {
            RunSummary summary = run(
                    server,
                    dir.resolve("r.jsonl"),
                    List.of(Condition.IMAGE, Condition.TEXT),
                    2,
                    Duration.ofSeconds(10),
                    0);
            assertThat(summary.answered()).isEqualTo(items.size() * 2 * 2);
            assertThat(summary.failed()).isZero();
            assertThat(server.received()).hasSize(items.size() * 2); // n=2 asks both samples at once
            assertThat(summary.usage().inputTokens()).isEqualTo(100L * items.size() * 2);

            JsonNode withImage = server.received().stream()
                    .map(ScriptedServer.Received::body)
                    .filter(b -> b.path("messages")
                            .get(0)
                            .path("content")
                            .get(0)
                            .path("type")
                            .asText()
                            .equals("image_url"))
                    .findFirst()
                    .orElseThrow();
            assertThat(withImage.path("model").asText()).isEqualTo("test-model");
            assertThat(withImage.path("temperature").asDouble()).isZero();
            assertThat(withImage.path("max_tokens").asInt()).isEqualTo(256);
            assertThat(withImage.path("seed").asLong()).isEqualTo(5);
            assertThat(withImage.path("n").asInt()).isEqualTo(2);
            String url = withImage
                    .path("messages")
                    .get(0)
                    .path("content")
                    .get(0)
                    .path("image_url")
                    .path("url")
                    .asText();
            assertThat(url).startsWith("data:image/png;base64,");
            BufferedImage png = ImageIO.read(
                    new ByteArrayInputStream(Base64.getDecoder().decode(url.substring(url.indexOf(',') + 1))));
            assertThat(Math.max(png.getWidth(), png.getHeight())).isEqualTo(128);
            assertThat(server.received().getFirst().header("authorization")).isEqualTo("Bearer test-key");

            List<EvalResult> lines = ResultsFile.read(dir.resolve("r.jsonl"));
            assertThat(lines)
                    .hasSize(items.size() * 4)
                    .allMatch(EvalResult::isCorrect)
                    .allMatch(r -> "answer_marker/letter".equals(r.method()));
        }
    }

    @Test
    void retries5xxAnd429HonouringRetryAfterAndTimeouts() throws Exception {
        Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        ScriptedServer.Script script = r -> {
            String prompt = Replies.promptText(r.body());
            int attempt =
                    attempts.computeIfAbsent(prompt, p -> new AtomicInteger()).incrementAndGet();
            EvalItem item = key.item(prompt);
            boolean first = item == items.getFirst();
            return switch (attempt) {
                case 1 -> first ? Reply.status(429, Map.of("retry-after", "1")) : Reply.status(503, Map.of());
                // never within the test: a timeout whatever the machine's load (the server's close ends the wait)
                case 2 -> first ? right(r) : right(r).delayed(600_000);
                default -> right(r);
            };
        };
        try (ScriptedServer server = new ScriptedServer("/v1/chat/completions", 100, script)) {
            RunSummary summary = run(
                    server,
                    dir.resolve("r.jsonl"),
                    List.of(Condition.IMAGE),
                    1,
                    Duration.ofSeconds(5),
                    3); // a reply takes far less, as in the other tests here
            assertThat(summary.failed()).isZero();
            assertThat(summary.answered()).isEqualTo(items.size());
            List<EvalResult> lines = ResultsFile.read(dir.resolve("r.jsonl"));
            assertThat(lines).allMatch(EvalResult::isCorrect);
            assertThat(lines.stream()
                            .filter(l -> l.instance().equals(items.getFirst().id()))
                            .findFirst()
                            .orElseThrow()
                            .attempts())
                    .isEqualTo(2);
            assertThat(lines.stream()
                            .filter(l -> !l.instance().equals(items.getFirst().id())))
                    .allMatch(l -> l.attempts() == 3);
            // Retry-After: 1 closes the gate for every request: the retry comes a second later
            List<ScriptedServer.Received> firstItem = server.received().stream()
                    .filter(r -> key.item(Replies.promptText(r.body())) == items.getFirst())
                    .toList();
            assertThat(firstItem).hasSize(2);
            assertThat(Duration.ofNanos(
                            firstItem.get(1).nanos() - firstItem.get(0).nanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
        }
    }

    @Test
    void aFailingRequestIsRecordedAndARerunRetriesItWithoutDuplicates() throws Exception {
        AtomicInteger phase = new AtomicInteger(1);
        ScriptedServer.Script script = r -> key.item(Replies.promptText(r.body())) == items.get(2) && phase.get() == 1
                ? Reply.status(500, Map.of())
                : right(r);
        Path out = dir.resolve("r.jsonl");
        try (ScriptedServer server = new ScriptedServer("/v1/chat/completions", 100, script)) {
            RunSummary first = run(server, out, List.of(Condition.TEXT), 1, Duration.ofSeconds(5), 2);
            assertThat(first.failed()).isEqualTo(1);
            assertThat(first.answered()).isEqualTo(items.size() - 1);
            EvalResult failed = ResultsFile.read(out).stream()
                    .filter(r -> !r.ok())
                    .findFirst()
                    .orElseThrow();
            assertThat(failed.error()).contains("HTTP 500").contains("after 3 attempts");
            assertThat(failed.instance()).isEqualTo(items.get(2).id());

            phase.set(2);
            int before = server.received().size();
            RunSummary second = run(server, out, List.of(Condition.TEXT), 1, Duration.ofSeconds(5), 2);
            assertThat(second.alreadyDone()).isEqualTo(items.size() - 1);
            assertThat(second.answered()).isEqualTo(1);
            assertThat(second.repair().failedDropped()).isEqualTo(1);
            assertThat(server.received().size() - before).isEqualTo(1);
            List<EvalResult> lines = ResultsFile.read(out);
            assertThat(lines).hasSize(items.size()).allMatch(EvalResult::ok);
            assertThat(lines.stream().map(EvalResult::key).distinct()).hasSize(items.size());
        }
    }

    @Test
    void aRefusedKeyStopsTheRunWithAClearMessage() throws Exception {
        try (ScriptedServer server =
                new ScriptedServer("/v1/chat/completions", 100, r -> Reply.status(401, Map.of()))) {
            assertThatThrownBy(() ->
                            run(server, dir.resolve("r.jsonl"), List.of(Condition.TEXT), 1, Duration.ofSeconds(5), 2))
                    .isInstanceOf(BackendConfigException.class)
                    .hasMessageContaining("refused the API key")
                    .hasMessageContaining("OPENAI_API_KEY");
            assertThat(server.received().size()).isLessThanOrEqualTo(4); // stopped, not one try per instance
        }
    }
}
