package org.puzzlelens.eval.backend.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
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

/** The harness against an Anthropic Messages server over real HTTP on 127.0.0.1. */
class AnthropicEndToEndTest {
    @TempDir
    static Path suiteDir;

    @TempDir
    Path dir;

    static List<EvalItem> items;
    static AnswerKey key;

    @BeforeAll
    static void suite() throws Exception {
        items = Fixtures.suite(suiteDir, "calendar", 3);
        key = new AnswerKey(items);
    }

    private static Reply tagged(ScriptedServer.Received r) {
        EvalItem item = key.item(Replies.promptText(r.body()));
        return Reply.json(Replies.anthropic("<think>counting days</think><answer>" + item.answer() + "</answer>"));
    }

    private RunSummary run(ScriptedServer server, Map<String, String> env, int samples, int concurrency)
            throws Exception {
        try (Backend backend = new AnthropicBackend.Provider()
                        .create(Fixtures.backend(server.base(), env, Duration.ofSeconds(5), 3));
                ResultsFile file = ResultsFile.open(dir.resolve("r.jsonl"))) {
            return new EvalRunner(
                            backend,
                            Fixtures.run("claude", List.of(Condition.IMAGE), samples, concurrency),
                            file,
                            Progress.NONE)
                    .run(items);
        }
    }

    @Test
    void sendsBase64ImageBlocksWithVersionHeaderOneRequestPerSample() throws Exception {
        try (ScriptedServer server = new ScriptedServer("/v1/messages", 50, AnthropicEndToEndTest::tagged)) {
            RunSummary summary = run(server, Map.of("ANTHROPIC_API_KEY", "sk-test"), 2, 2);
            assertThat(summary.answered()).isEqualTo(items.size() * 2);
            assertThat(server.received()).hasSize(items.size() * 2);
            ScriptedServer.Received first = server.received().getFirst();
            assertThat(first.header("x-api-key")).isEqualTo("sk-test");
            assertThat(first.header("anthropic-version")).isEqualTo("2023-06-01");
            JsonNode body = first.body();
            assertThat(body.path("max_tokens").asInt()).isEqualTo(256);
            assertThat(body.has("n")).isFalse();
            JsonNode image = body.path("messages").get(0).path("content").get(0);
            assertThat(image.path("type").asText()).isEqualTo("image");
            assertThat(image.path("source").path("type").asText()).isEqualTo("base64");
            assertThat(image.path("source").path("media_type").asText()).isEqualTo("image/png");
            assertThat(image.path("source").path("data").asText()).startsWith("iVBORw0KGgo"); // PNG signature
            List<EvalResult> lines = ResultsFile.read(dir.resolve("r.jsonl"));
            assertThat(lines)
                    .allMatch(EvalResult::isCorrect)
                    .allMatch(l -> "answer_block/option_text".equals(l.method()))
                    .allMatch(l -> l.inputTokens() == 200 && l.outputTokens() == 20);
            assertThat(summary.usage().inputTokens()).isEqualTo(200L * items.size() * 2);
        }
    }

    @Test
    void honoursRetryAfterOn429AndOverloaded529AndExhaustedRateLimitHeaders() throws Exception {
        AtomicInteger n = new AtomicInteger();
        ScriptedServer.Script script = r -> switch (n.incrementAndGet()) {
            case 1 -> Reply.status(429, Map.of("retry-after", "1"));
            case 2 -> Reply.status(529, Map.of());
            // a success that says no requests are left until a second from now
            case 3 ->
                tagged(r)
                        .withHeaders(Map.of(
                                "anthropic-ratelimit-requests-remaining",
                                "0",
                                "anthropic-ratelimit-requests-reset",
                                Instant.now().plusSeconds(1).toString()));
            default -> tagged(r);
        };
        try (ScriptedServer server = new ScriptedServer("/v1/messages", 50, script)) {
            RunSummary summary =
                    run(server, Map.of("ANTHROPIC_API_KEY", "sk-test"), 1, 1); // one at a time: the waits are visible
            assertThat(summary.failed()).isZero();
            assertThat(summary.answered()).isEqualTo(items.size());
            List<ScriptedServer.Received> got = server.received();
            assertThat(got).hasSize(items.size() + 2);
            assertThat(Duration.ofNanos(got.get(1).nanos() - got.get(0).nanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(950));
            assertThat(Duration.ofNanos(got.get(3).nanos() - got.get(2).nanos()))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(800));
        }
    }

    @Test
    void aMissingKeyIsAConfigurationErrorNamingTheVariable() {
        assertThatThrownBy(() -> new AnthropicBackend.Provider()
                        .create(Fixtures.backend(URI.create("http://127.0.0.1:9"), Map.of(), Duration.ofSeconds(1), 0)))
                .isInstanceOf(BackendConfigException.class)
                .hasMessageContaining("ANTHROPIC_API_KEY");
    }
}
