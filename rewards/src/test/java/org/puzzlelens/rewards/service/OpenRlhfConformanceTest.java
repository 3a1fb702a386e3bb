package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.export.PromptTemplate;

/**
 * Requests shaped as OpenRLHF v0.11.0 sends them (openrlhf/utils/agent.py, SingleTurnAgentExecutor):
 * {@code query} = the prompt's tokens (each image placeholder expanded by the processor) plus the
 * completion's, decoded with {@code skip_special_tokens=False}; {@code prompts} = the templated prompt
 * with one placeholder; {@code labels} = the dataset's label column; posted as JSON with no headers.
 */
class OpenRlhfConformanceTest extends LiveServiceTest {
    private static String prompt(RewardTarget t, String imageTokens) {
        String text = PromptTemplate.BUILT_IN
                .get("describe")
                .render("What time will it be?", t.options(), Registry.get().type("clock"));
        return ResponseTextTest.qwenPrompt(imageTokens, text);
    }

    /** As aiohttp's {@code session.post(url, json=data)}: a JSON body and no Authorization header. */
    private static HttpResponse<String> post(
            String url, List<String> queries, List<String> prompts, List<String> labels) throws Exception {
        var body = Json.object();
        queries.forEach(body.putArray("query")::add);
        prompts.forEach(body.putArray("prompts")::add);
        labels.forEach(body.putArray("labels")::add);
        return service.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.line(body))));
    }

    private static String rewardUrl() {
        return service.server.url() + "/get_reward?token=" + ServiceFixture.TOKEN;
    }

    @Test
    void aCorrectCompletionGetsTheFullRewardAndAWrongOneDoesNot() throws Exception {
        RewardTarget t = Fixtures.target(3);
        String label = RewardTargets.label(t);
        String expanded = prompt(t, "<|image_pad|>".repeat(256));
        String right = expanded + Fixtures.described(t, Fixtures.letter(t)) + "<|im_end|>";
        String wrong = expanded + Fixtures.described(t, Fixtures.wrongLetter(t)) + "<|im_end|>";
        String prompt = prompt(t, "<|image_pad|>");
        HttpResponse<String> r =
                post(rewardUrl(), List.of(right, wrong), List.of(prompt, prompt), List.of(label, label));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode j = Json.MAPPER.readTree(r.body());
        assertThat(j.get("rewards")).hasToString("[2.0,1.0]"); // mixture: accuracy + strict format_dta
        assertThat(j.get("scores")).hasToString("[1.0,0.5]");
        assertThat(j.at("/extra_logs/format_dta")).hasToString("[1.0,1.0]");
    }

    @Test
    void thePromptAloneEarnsNothing() throws Exception {
        // the prompt names the tags but holds no complete block, and the options it lists are not an answer
        RewardTarget t = Fixtures.target(4);
        String expanded = prompt(t, "<|image_pad|>".repeat(64));
        HttpResponse<String> r = post(
                rewardUrl(),
                List.of(expanded + "<|im_end|>"),
                List.of(prompt(t, "<|image_pad|>")),
                List.of(RewardTargets.label(t)));
        assertThat(Json.MAPPER.readTree(r.body()).get("rewards")).hasToString("[0.0]");
    }

    @Test
    void withoutTheTokenInTheUrlAuthStaysOn() throws Exception {
        RewardTarget t = Fixtures.target(3);
        String url = service.server.url() + "/get_reward";
        HttpResponse<String> none = post(url, List.of("x"), List.of("p"), List.of(RewardTargets.label(t)));
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(Json.MAPPER.readTree(none.body()).at("/error/message").asText())
                .contains("?token=<token>");
        HttpResponse<String> wrong = post(
                url + "?token=" + ServiceFixture.TOKEN + "x",
                List.of("x"),
                List.of("p"),
                List.of(RewardTargets.label(t)));
        assertThat(wrong.statusCode()).isEqualTo(401);
    }
}
