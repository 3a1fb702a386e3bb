package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.render.Images;
import org.puzzlelens.puzzles.testing.HostileRequests;
import org.puzzlelens.puzzles.testing.RawHttp;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.data.TokenizerCorpus;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.sample.SamplingOptions;
import org.puzzlelens.train.serve.ChatServer;
import org.puzzlelens.train.serve.ServeLimits;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.BpeTrainer;

/** The server answers OpenAI-style requests with an image data URL, and rejects at once what it must not run. */
class ChatServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SamplingOptions DEFAULTS = new SamplingOptions(0, 1, 5, true);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static LoadedModel model;
    private static String image;

    @BeforeAll
    static void tinyModel() throws Exception {
        BpeTokenizer tokenizer = BpeTrainer.train(
                TokenizerCorpus.texts(
                        new PuzzleStream(List.of(Registry.get().type("clock")), 1, Preset.ALGOPUZZLEVQA), 2),
                300);
        PuzzleInstance clock = Instances.create(Registry.get().type("clock"), 1, 0, Preset.ALGOPUZZLEVQA);
        image = dataUrl(Images.png(Images.render(clock.type(), clock.state(), 128)));
        model = new LoadedModel(
                VisionLanguageModel.initialise(
                        ModelConfig.tiny(tokenizer.vocabSize()), 1, NDManager.newBaseManager(), DataType.FLOAT32),
                tokenizer);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static ChatServer server(ServeLimits limits) throws Exception {
        return new ChatServer(model, "tiny", DEFAULTS, "127.0.0.1", 0, limits);
    }

    private static String request(String extraFields, String imageUrl) throws Exception {
        return JSON.writeValueAsString(
                JSON.readTree("""
                {"model": "tiny", EXTRA "messages": [{"role": "user", "content": [
                  {"type": "text", "text": "What time is it?"},
                  {"type": "image_url", "image_url": {"url": "IMAGE"}}]}]}""".replace("EXTRA", extraFields).replace("IMAGE", imageUrl)));
    }

    @Test
    void answersAChatCompletionWithAnImage() throws Exception {
        try (ChatServer server = server(ServeLimits.defaults())) {
            String body = request("\"max_tokens\": 4,", image);
            HttpResponse<String> ok = post(server, body);
            assertThat(ok.statusCode()).isEqualTo(200);
            JsonNode reply = JSON.readTree(ok.body());
            assertThat(reply.path("object").asText()).isEqualTo("chat.completion");
            assertThat(reply.path("choices").get(0).path("message").path("role").asText())
                    .isEqualTo("assistant");
            assertThat(reply.path("usage").path("completion_tokens").asInt()).isBetween(1, 4);
            JsonNode again = JSON.readTree(post(server, body).body());
            assertThat(again.path("choices")
                            .get(0)
                            .path("message")
                            .path("content")
                            .asText())
                    .as("greedy is repeatable")
                    .isEqualTo(reply.path("choices")
                            .get(0)
                            .path("message")
                            .path("content")
                            .asText());

            HttpResponse<String> bad = post(server, body.replace("data:image/png;base64,", "http://example/"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("data URL");
        }
    }

    @Test
    void outOfRangeParametersGetA400NamingTheLimitAndTheServerKeepsAnswering() throws Exception {
        int positions = model.model().config().maxPositions();
        try (ChatServer server = server(ServeLimits.defaults())) {
            for (String overflow : List.of("2147483647", "2147483648", "1e10", "-1", "0", "4.5", "\"64\"")) {
                HttpResponse<String> r = post(server, request("\"max_tokens\": " + overflow + ",", image));
                assertThat(r.statusCode()).as(overflow).isEqualTo(400);
                assertThat(r.body()).as(overflow).contains("max_tokens must be an integer in 1.." + positions);
            }
            assertThat(post(server, request("\"max_completion_tokens\": 99999999999,", image))
                            .body())
                    .contains("max_completion_tokens must be an integer in 1.." + positions);
            assertThat(post(server, request("\"n\": 3,", image)).body()).contains("n must be an integer in 1..1");
            assertThat(post(server, request("\"temperature\": -1,", image)).body())
                    .contains("temperature must be a number in [0.0, 2.0]");
            assertThat(post(server, request("\"temperature\": 1e400,", image)).body())
                    .contains("temperature must be");
            assertThat(post(server, request("\"top_p\": 0,", image)).body())
                    .contains("top_p must be a number in (0, 1.0]");
            assertThat(post(server, request("\"seed\": 1.5,", image)).body()).contains("seed must be an integer");
            assertThat(post(server, request("\"max_tokens\": " + positions + ",", image))
                            .body())
                    .contains("exceeds the model's " + positions + " positions");
            assertThat(post(server, "[1, 2]").body()).contains("must be a JSON object");
            assertThat(post(server, "{\"messages\": [").body()).contains("not valid JSON");
            assertThat(post(server, request("", image)).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void oversizedBodiesTextsAndDeclaredImageSizesAreRefusedBeforeAnyWork() throws Exception {
        ServeLimits small = new ServeLimits(4096, 100, 256L * 256, 1, Optional.empty());
        try (ChatServer server = server(small)) {
            HttpResponse<String> big = post(server, request("", image));
            assertThat(big.statusCode()).isEqualTo(413);
            assertThat(big.body()).contains("at most 4096");
            HttpResponse<String> text = post(
                    server,
                    request("", image)
                            .replace("What time is it?", "x".repeat(101))
                            .replace(image, "data:image/png;base64,AAAA"));
            assertThat(text.statusCode()).isEqualTo(400);
            assertThat(text.body()).contains("101 characters of text; at most 100");
        }
        try (ChatServer server = server(ServeLimits.defaults())) {
            // 70 bytes on the wire that declare 100,000 x 100,000 pixels: decoding would need 40 GB
            HttpResponse<String> bomb = post(server, request("", dataUrl(pngDeclaring(100_000, 100_000))));
            assertThat(bomb.statusCode()).isEqualTo(400);
            assertThat(bomb.body()).contains("declares 100000 x 100000 pixels").contains("at most 16777216");
            HttpResponse<String> torn = post(
                    server,
                    request(
                            "",
                            dataUrl(Arrays.copyOf(
                                    Base64.getDecoder().decode(image.substring(image.indexOf(',') + 1)), 60))));
            assertThat(torn.statusCode()).isEqualTo(400);
            assertThat(torn.body()).contains("unreadable image");
            HttpResponse<String> gzip = HTTP.send(
                    HttpRequest.newBuilder(uri(server, "/v1/chat/completions"))
                            .header("Content-Encoding", "gzip")
                            .POST(HttpRequest.BodyPublishers.ofString("x"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(gzip.statusCode()).isEqualTo(415);
            assertThat(gzip.body()).contains("send the JSON uncompressed");
        }
    }

    @Test
    void theHostileRequestCorpusIsRefusedClearlyAndTheServerKeepsAnswering() throws Exception {
        try (ChatServer server = server(ServeLimits.defaults())) {
            HostileRequests.assertEachRefusedClearlyAndServerStillAnswers(
                    server.port(),
                    HostileRequests.corpus("/v1/chat/completions", ""),
                    () -> get(server, null).statusCode() == 200);
            // a lone surrogate reaches the tokenizer as text: answered, not a server error
            HttpResponse<String> surrogate =
                    post(server, request("\"max_tokens\": 2,", image).replace("What time", "\\ud800"));
            assertThat(surrogate.statusCode()).as(surrogate.body()).isEqualTo(200);
        }
    }

    /** Fault suite (profile {@code faults}): the corpus from 32 clients for {@code -Dfaults.seconds} (default 30). */
    @Test
    @Tag("fault")
    void theCorpusUnderLoadGetsItsStatusEveryTimeAndTheServerStillGenerates() throws Exception {
        try (ChatServer server = server(ServeLimits.defaults())) {
            int seconds = Integer.getInteger("faults.seconds", 30);
            HostileRequests.Load load = HostileRequests.load(
                    server.port(), HostileRequests.corpus("/v1/chat/completions", ""), 32, Duration.ofSeconds(seconds));
            assertThat(load.wrong()).as(load.firstWrong()).isZero();
            assertThat(post(server, request("\"max_tokens\": 2,", image)).statusCode())
                    .isEqualTo(200);
            System.out.printf(
                    "model server hostile load: %d requests in %d s from 32 clients, all as expected; "
                            + "peak heap %d MB%n",
                    load.requests(), seconds, load.peakHeapBytes() >> 20);
        }
    }

    @Test
    void slowHeadersAreCutOffWhileOthersAreAnswered() throws Exception {
        // the test JVM's request time is 3 s (the module's pom); HttpLimits gives 30 s in production
        try (ChatServer server = server(ServeLimits.defaults())) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Socket s = RawHttp.connect(server.port());
                    slow.add(s);
                    RawHttp.write(
                            s,
                            "POST /v1/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: "
                                    .getBytes(StandardCharsets.US_ASCII));
                }
                for (int probe = 0; probe < 10; probe++) {
                    assertThat(get(server, null).statusCode()).isEqualTo(200);
                }
                assertThat(RawHttp.readUntilClosed(slow.get(0)))
                        .as("never answered, closed")
                        .isEmpty();
            } finally {
                for (Socket s : slow) {
                    s.close();
                }
            }
            Socket silent = RawHttp.connect(server.port());
            try (silent) {
                assertThat(RawHttp.readUntilClosed(silent))
                        .as("a connection that sends nothing is closed")
                        .isEmpty();
            }
            assertThat(get(server, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void withATokenEveryRequestMustCarryIt() throws Exception {
        String token = "0123456789abcdef0123";
        try (ChatServer server = server(ServeLimits.defaults().withToken(Optional.of(token)))) {
            HttpResponse<String> none = get(server, null);
            assertThat(none.statusCode()).isEqualTo(401);
            assertThat(none.body()).contains("Authorization: Bearer");
            assertThat(get(server, "Bearer wrong").statusCode()).isEqualTo(401);
            assertThat(post(server, request("", image)).statusCode()).isEqualTo(401);
            HttpResponse<String> ok = get(server, "Bearer " + token);
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"id\":\"tiny\"");
        }
    }

    /** A valid 1 x 1 PNG whose header (with a correct CRC) claims another size. */
    private static byte[] pngDeclaring(int width, int height) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB), "png", out);
        byte[] png = out.toByteArray();
        ByteBuffer.wrap(png, 16, 8).putInt(width).putInt(height); // IHDR data starts after signature, length, type
        CRC32 crc = new CRC32();
        crc.update(png, 12, 17); // the chunk type and its 13 data bytes
        ByteBuffer.wrap(png, 29, 4).putInt((int) crc.getValue());
        return png;
    }

    private static String dataUrl(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static URI uri(ChatServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static HttpResponse<String> get(ChatServer server, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(server, "/v1/models"));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(ChatServer server, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(server, "/v1/chat/completions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
