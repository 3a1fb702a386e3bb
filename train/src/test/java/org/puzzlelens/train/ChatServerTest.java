package org.puzzlelens.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Instances;
import org.puzzlelens.puzzles.core.Preset;
import org.puzzlelens.puzzles.core.PuzzleInstance;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.render.Images;
import org.puzzlelens.train.data.PuzzleStream;
import org.puzzlelens.train.data.TokenizerCorpus;
import org.puzzlelens.train.model.ModelConfig;
import org.puzzlelens.train.model.VisionLanguageModel;
import org.puzzlelens.train.sample.SamplingOptions;
import org.puzzlelens.train.serve.ChatServer;
import org.puzzlelens.train.tokenizer.BpeTokenizer;
import org.puzzlelens.train.tokenizer.BpeTrainer;

/** The server answers OpenAI-style requests with an image data URL, and rejects what it cannot read. */
class ChatServerTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void answersAChatCompletionWithAnImage() throws Exception {
        BpeTokenizer tokenizer = BpeTrainer.train(TokenizerCorpus.texts(
                new PuzzleStream(List.of(Registry.get().type("clock")), 1, Preset.ALGOPUZZLEVQA), 2), 300);
        PuzzleInstance clock = Instances.create(Registry.get().type("clock"), 1, 0, Preset.ALGOPUZZLEVQA);
        String image = "data:image/png;base64," + Base64.getEncoder().encodeToString(
                Images.png(Images.render(clock.type(), clock.state(), 128)));
        try (LoadedModel model = new LoadedModel(VisionLanguageModel.initialise(ModelConfig.tiny(tokenizer.vocabSize()), 1,
                NDManager.newBaseManager(), DataType.FLOAT32), tokenizer);
                ChatServer server = new ChatServer(model, "tiny", new SamplingOptions(0, 1, 5, true), "127.0.0.1", 0)) {
            String body = JSON.writeValueAsString(JSON.readTree("""
                    {"model": "tiny", "max_tokens": 4, "messages": [{"role": "user", "content": [
                      {"type": "text", "text": "What time is it?"},
                      {"type": "image_url", "image_url": {"url": "IMAGE"}}]}]}""".replace("IMAGE", image)));
            HttpResponse<String> ok = post(server, body);
            assertThat(ok.statusCode()).isEqualTo(200);
            JsonNode reply = JSON.readTree(ok.body());
            assertThat(reply.path("object").asText()).isEqualTo("chat.completion");
            assertThat(reply.path("choices").get(0).path("message").path("role").asText()).isEqualTo("assistant");
            assertThat(reply.path("usage").path("completion_tokens").asInt()).isBetween(1, 4);
            JsonNode again = JSON.readTree(post(server, body).body());
            assertThat(again.path("choices").get(0).path("message").path("content").asText()).as("greedy is repeatable")
                    .isEqualTo(reply.path("choices").get(0).path("message").path("content").asText());

            HttpResponse<String> bad = post(server, body.replace("data:image/png;base64,", "http://example/"));
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("data URL");
        }
    }

    private static HttpResponse<String> post(ChatServer server, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/v1/chat/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
