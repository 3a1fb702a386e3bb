package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;

class RewardServerTest {
    private ServiceFixture service;

    @BeforeEach
    void start() throws Exception {
        service = new ServiceFixture();
    }

    @AfterEach
    void stop() throws Exception {
        service.close();
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return Json.MAPPER.readTree(r.body());
    }

    private static String quote(String s) {
        return Json.MAPPER.getNodeFactory().textNode(s).toString();
    }

    @Test
    void healthNeedsNoToken() throws Exception {
        HttpResponse<String> r =
                service.send(HttpRequest.newBuilder(service.uri("/health")).GET());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r).get("design").asText()).isEqualTo("mixture");
        assertThat(json(r).get("records").asInt()).isEqualTo(10);
    }

    @Test
    void openRlhfProtocolScoresQueriesAgainstLabelsAndIds() throws Exception {
        RewardTarget t = Fixtures.target(2);
        String prompt = "<|user|>What time? Answer with <think> and <answer>.<|assistant|>";
        String right = Fixtures.described(t, Fixtures.letter(t));
        String wrong = "<think>no</think><answer>" + Fixtures.wrongLetter(t) + "</answer>";
        String body = "{\"query\": [" + quote(prompt + right) + "," + quote(prompt + wrong) + "],"
                + " \"prompts\": [" + quote(prompt) + "," + quote(prompt) + "],"
                + " \"labels\": [" + quote(RewardTargets.label(t)) + ", \"" + t.id() + "\"]}";
        HttpResponse<String> r = service.post("/get_reward", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = json(r);
        assertThat(j.get("rewards")).hasToString("[2.0,0.0]");
        assertThat(j.get("scores")).hasToString("[1.0,0.0]");
        assertThat(j.get("extra_logs").get("accuracy")).hasToString("[1.0,0.0]");
        assertThat(j.get("extra_logs").get("format_dta")).hasToString("[1.0,0.0]");
    }

    @Test
    void nativeBatchReturnsEveryComponentUnderTheChosenDesigns() throws Exception {
        RewardTarget t = Fixtures.target(4);
        String completion = quote(Fixtures.described(t, Fixtures.letter(t)));
        String body = "{\"design\": \"all\", \"items\": [{\"id\": \"" + t.id() + "\", \"completion\": " + completion
                + "}," + " {\"record\": " + Fixtures.record(4) + ", \"completion\": \"it is (A) then\"}]}";
        HttpResponse<String> r = service.post("/v1/rewards", body);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode first = json(r).get("results").get(0);
        assertThat(first.get("id").asText()).isEqualTo(t.id());
        assertThat(first.get("rewards").size()).isEqualTo(8);
        assertThat(first.at("/rewards/perception/total").asDouble()).isEqualTo(3.0);
        assertThat(first.at("/rewards/perception/components/perception").asDouble())
                .isEqualTo(1.0);
        assertThat(first.at("/answer/correct").asBoolean()).isTrue();
        assertThat(first.at("/perception/correct").asInt()).isEqualTo(t.facts().size());
        assertThat(first.at("/behaviour/visual_references").asInt()).isGreaterThanOrEqualTo(2);
        JsonNode second = json(r).get("results").get(1);
        assertThat(second.at("/answer/option").asText()).isEqualTo("A");
        assertThat(second.at("/answer/rule").asText()).isEqualTo("last_line/parenthesised_letter");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON                  | /v1/rewards | {"items": [                                                   | 400 | malformed JSON
            an array body             | /v1/rewards | [1, 2]                                                         | 400 | must be a JSON object
            empty items               | /v1/rewards | {"items": []}                                                   | 400 | non-empty list
            items of wrong type       | /v1/rewards | {"items": "x"}                                                 | 400 | non-empty list
            item not an object        | /v1/rewards | {"items": [3]}                                                 | 400 | items[0] must be an object
            completion a number       | /v1/rewards | {"items": [{"id": "x", "completion": 5}]}                      | 400 | 'completion' must be a string
            no reference              | /v1/rewards | {"items": [{"completion": "A"}]}                               | 400 | exactly one of
            two references            | /v1/rewards | {"items": [{"id": "a", "label": "b", "completion": "A"}]}      | 400 | got id, label
            id a number               | /v1/rewards | {"items": [{"id": 7, "completion": "A"}]}                      | 400 | 'id' must be a string
            unknown id                | /v1/rewards | {"items": [{"id": "clock-s1-99999", "completion": "A"}]}       | 404 | unknown record id 'clock-s1-99999'
            unknown design            | /v1/rewards | {"design": "best", "items": [{"id": "x", "completion": "A"}]}  | 400 | unknown reward design 'best'
            inline design, bad term   | /v1/rewards | {"design": {"terms": {"speed": 1}}, "items": [{"id": "x", "completion": "A"}]} | 400 | unknown reward component 'speed'
            design a number           | /v1/rewards | {"design": 3, "items": [{"id": "x", "completion": "A"}]}       | 400 | an inline design
            record of unknown type    | /v1/rewards | {"items": [{"record": {"type": "nope", "options": ["1"], "answer": "1"}, "completion": "A"}]} | 400 | unknown puzzle type 'nope'
            record without type       | /v1/rewards | {"items": [{"record": {"answer": "1"}, "completion": "A"}]}     | 400 | needs a 'type' field
            answer not an option      | /v1/rewards | {"items": [{"record": {"type": "clock", "options": ["1:00","2:00"], "answer": "3:00", "facts": {}}, "completion": "A"}]} | 400 | is not among the options
            broken label              | /get_reward | {"query": ["q"], "labels": ["{oops"]}                          | 400 | label is not valid JSON
            labels missing            | /get_reward | {"query": ["q"]}                                               | 400 | missing field 'labels'
            query of numbers          | /get_reward | {"query": [1], "labels": ["x"]}                                | 400 | 'query'[0] must be a string
            length mismatch           | /get_reward | {"query": ["a", "b"], "labels": ["x"]}                         | 400 | must have the same length
            too many items            | /get_reward | {"query": [%s], "labels": [%s]}                                | 413 | limit of 100 per request
            """)
    void badInputGetsAClear4xxAndTheServiceKeepsServing(
            String name, String path, String body, int status, String message) throws Exception {
        String many = String.join(",", Collections.nCopies(101, "\"x\""));
        HttpResponse<String> r = service.post(path, body.formatted(many, many));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(json(r).at("/error/message").asText()).contains(message);
        assertThat(json(r).at("/error/status").asInt()).isEqualTo(status);
        assertStillServing();
    }

    @Test
    void aMissingOrWrongTokenIs401() throws Exception {
        String body = "{\"items\": [{\"id\": \"x\", \"completion\": \"A\"}]}";
        HttpResponse<String> none = service.send(
                HttpRequest.newBuilder(service.uri("/v1/rewards")).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        HttpResponse<String> wrong = service.send(HttpRequest.newBuilder(service.uri("/get_reward"))
                .header("Authorization", "Bearer " + ServiceFixture.TOKEN + "x")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).at("/error/message").asText()).isEqualTo("wrong bearer token");
        assertStillServing();
    }

    @Test
    void wrongMethodsAndRoutesAreNamed() throws Exception {
        HttpResponse<String> get = service.send(HttpRequest.newBuilder(service.uri("/v1/rewards"))
                .header("Authorization", "Bearer " + ServiceFixture.TOKEN)
                .GET());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(service.post("/v2/other", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void invalidUtf8Is400() throws Exception {
        byte[] body =
                "{\"items\": [{\"id\": \"\u00ff\", \"completion\": \"A\"}]}".getBytes(StandardCharsets.ISO_8859_1);
        HttpResponse<String> r = service.send(HttpRequest.newBuilder(service.uri("/v1/rewards"))
                .header("Authorization", "Bearer " + ServiceFixture.TOKEN)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(json(r).at("/error/message").asText()).isEqualTo("the body is not valid UTF-8");
        assertStillServing();
    }

    @Test
    void aHugeDeclaredBodyIsRefusedBeforeItIsRead() throws Exception {
        String response = raw(
                "POST /v1/rewards HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ServiceFixture.TOKEN
                        + "\r\nContent-Length: 2000000000\r\n\r\n{\"items\"",
                null);
        assertThat(response).startsWith("HTTP/1.1 413").contains("larger than the service's limit of 1048576 bytes");
        assertStillServing();
    }

    @Test
    void aHugeChunkedBodyIsCutAtTheLimit() throws Exception {
        byte[] chunk = ("2000\r\n" + "x".repeat(0x2000) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        String response = raw(
                "POST /v1/rewards HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ServiceFixture.TOKEN
                        + "\r\nTransfer-Encoding: chunked\r\n\r\n",
                out -> {
                    // 1.06 MB against a 1 MB limit: little enough beyond it that the service reads the
                    // rest and closes cleanly, so the test can read the answer without a reset
                    for (int i = 0; i < 130; i++) {
                        out.write(chunk);
                    }
                    out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                });
        assertThat(response).startsWith("HTTP/1.1 413");
        assertStillServing();
    }

    @Test
    void aRequestWaitsWhileTheBodiesInFlightFillTheBodyLimitAndEveryAnswerGivesItsRoomBack() throws Exception {
        RewardTarget t = Fixtures.target(1);
        String items = "{\"items\": [{\"id\": \"" + t.id() + "\", \"completion\": \"<answer>" + Fixtures.letter(t)
                + "</answer>\"}]}";
        byte[] body = (items + " ".repeat((1 << 20) - items.length())).getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", service.server.port())) {
            OutputStream out = s.getOutputStream();
            // a body as large as the limit, half sent: it holds all the room until it is answered
            sendHalf(out, body);
            CompletableFuture<HttpResponse<String>> waiting = CompletableFuture.supplyAsync(() -> {
                try {
                    return service.post("/v1/rewards", items);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // it waits up to Gate.BODY_WAIT (10 s) for room, far longer than this
            Thread.sleep(300);
            assertThat(waiting).isNotDone();
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            assertThat(readResponse(s.getInputStream())).startsWith("HTTP/1.1 200");
            assertThat(waiting.get(20, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
        }
        // refusals give their room back too: more refused bodies than the limit holds, then a good one
        for (int i = 0; i < 40; i++) {
            assertThat(service.post("/v1/rewards", "{\"items\": [" + " ".repeat(40_000))
                            .statusCode())
                    .isEqualTo(400);
        }
        assertStillServing();
    }

    @Test
    void shutdownFinishesTheRequestInFlightAndRefusesNewOnes() throws Exception {
        RewardTarget t = Fixtures.target(1);
        byte[] body = ("{\"items\": [{\"id\": \"" + t.id() + "\", \"completion\": \"<answer>" + Fixtures.letter(t)
                        + "</answer>\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket("127.0.0.1", service.server.port())) {
            OutputStream out = s.getOutputStream();
            // headers and half the body: the handler is now running, waiting for the rest
            sendHalf(out, body);
            assertThat(service.server.inFlight()).isEqualTo(1);
            CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> {
                try {
                    return service.server.stop();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(200);
            assertThat(stopped).isNotDone();
            HttpResponse<String> late =
                    service.send(HttpRequest.newBuilder(service.uri("/health")).GET());
            assertThat(late.statusCode()).isEqualTo(503);
            out.write(body, body.length / 2, body.length - body.length / 2);
            out.flush();
            String response = readResponse(s.getInputStream());
            assertThat(response).startsWith("HTTP/1.1 200").contains("\"correct\":true");
            assertThat(stopped.get(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** Sends the headers of a batch request and half its body, and waits until the service is reading the rest. */
    private void sendHalf(OutputStream out, byte[] body) throws Exception {
        out.write(("POST /v1/rewards HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ServiceFixture.TOKEN
                        + "\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        long deadline =
                System.nanoTime() + 60_000_000_000L; // bounds a failing run only: a loaded machine may take seconds
        while (service.server.inFlight() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
    }

    /** Sends raw bytes on a fresh connection and returns all the service answers. */
    private String raw(String head, ThrowingWriter rest) throws Exception {
        try (Socket s = new Socket("127.0.0.1", service.server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(head.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            if (rest != null) {
                // the service may stop reading and close once the limit is passed
                CompletableFuture.runAsync(() -> {
                    try {
                        rest.write(out);
                        out.flush();
                    } catch (Exception ignored) {
                        // a reset connection is the expected end of an over-long body
                    }
                });
            }
            return readResponse(s.getInputStream());
        }
    }

    /** The status line, headers and body of one response, read by its Content-Length. */
    private static String readResponse(InputStream in) throws Exception {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.US_ASCII);
        Matcher m = Pattern.compile("(?i)content-length: (\\d+)").matcher(headers);
        byte[] body = m.find() ? in.readNBytes(Integer.parseInt(m.group(1))) : in.readAllBytes();
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    private interface ThrowingWriter {
        void write(OutputStream out) throws Exception;
    }

    private void assertStillServing() throws Exception {
        RewardTarget t = Fixtures.target(0);
        HttpResponse<String> ok = service.post(
                "/v1/rewards",
                "{\"items\": [{\"id\": \"" + t.id() + "\", \"completion\": \"<answer>" + Fixtures.letter(t)
                        + "</answer>\"}]}");
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(json(ok).at("/results/0/rewards/mixture/components/accuracy").asDouble())
                .isEqualTo(1.0);
    }

    @Test
    void theTokenFileIsCreatedOwnerOnlyAndReadBack(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("sub/token");
        TokenFile.Token made = TokenFile.readOrCreate(f);
        assertThat(made.created()).isTrue();
        assertThat(made.value()).hasSize(64);
        assertThat(Files.getPosixFilePermissions(f))
                .containsExactlyInAnyOrderElementsOf(PosixFilePermissions.fromString("rw-------"));
        TokenFile.Token read = TokenFile.readOrCreate(f);
        assertThat(read.created()).isFalse();
        assertThat(read.value()).isEqualTo(made.value());
    }

    @Test
    void drainGivesUpAfterItsTime() throws Exception {
        try (ServiceFixture quick = new ServiceFixture(1 << 20, 10, Duration.ofMillis(100));
                Socket s = new Socket("127.0.0.1", quick.server.port())) {
            s.getOutputStream()
                    .write(("POST /v1/rewards HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + ServiceFixture.TOKEN
                                    + "\r\nContent-Length: 100\r\n\r\n{")
                            .getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            long deadline =
                    System.nanoTime() + 60_000_000_000L; // bounds a failing run only: a loaded machine may take seconds
            while (quick.server.inFlight() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            assertThat(quick.server.stop()).isFalse();
        }
    }
}
