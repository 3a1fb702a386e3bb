package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;
import org.puzzlelens.rewards.testing.Python;

/**
 * Runs the stdlib-only Python adapter with python3 against a running service, called as each engine
 * calls a reward function (read in their source: verl main of 2026-01, EasyR1 main of 2026-07, TRL
 * v1.9, OpenRLHF v0.11.0), extra keyword arguments included.
 */
class PythonAdapterTest extends LiveServiceTest {
    private static final Path ADAPTER = Path.of("python").toAbsolutePath();

    @TempDir
    static Path dir;

    private static String python(String code, String tokenFileContent) throws Exception {
        Path token = Files.writeString(dir.resolve("token"), tokenFileContent);
        // PUZZLELENS_REWARD_TOKEN left empty: the token file counts
        return Python.run(
                Map.of(
                        "PUZZLELENS_REWARD_URL",
                        service.server.url(),
                        "PUZZLELENS_REWARD_TOKEN_FILE",
                        token.toString(),
                        "PUZZLELENS_REWARD_TOKEN",
                        ""),
                "-c",
                "import json, sys\nsys.path.insert(0, " + quote(ADAPTER.toString())
                        + ")\nimport puzzlelens_reward as p\n" + code);
    }

    private static String quote(String s) {
        return Json.MAPPER.getNodeFactory().textNode(s).toString();
    }

    @Test
    void verlComputeScoreReturnsTheTotalAndComponents() throws Exception {
        RewardTarget t = Fixtures.target(5);
        String out = python(
                "print(json.dumps(p.compute_score('puzzlelens/clock', "
                        + quote(Fixtures.described(t, Fixtures.letter(t))) + ", " + quote(RewardTargets.label(t))
                        + ", {'index': 5})))",
                ServiceFixture.TOKEN);
        JsonNode r = Json.MAPPER.readTree(out);
        assertThat(r.get("score").asDouble()).isEqualTo(2.0); // mixture: accuracy + format_dta
        assertThat(r.get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(r.get("format_dta").asDouble()).isEqualTo(1.0);
    }

    @Test
    void easyR1BatchAndSequentialAndTrl() throws Exception {
        RewardTarget t = Fixtures.target(6);
        String right = quote("<think>x</think><answer>" + Fixtures.letter(t) + "</answer>");
        String wrong = quote("<answer>" + Fixtures.wrongLetter(t) + "</answer>");
        String code =
                "inputs = [{'response': " + right + ", 'response_length': 9, 'ground_truth': " + quote(t.id()) + "},"
                        + " {'response': " + wrong + ", 'response_length': 3, 'ground_truth': "
                        + quote(RewardTargets.label(t)) + "}]\n"
                        + "print(json.dumps(p.compute_score(inputs)))\n"
                        + "print(json.dumps(p.compute_score(inputs[0])))\n"
                        + "print(json.dumps(p.trl_reward(['q', 'q'], [[{'role': 'assistant', 'content': " + right
                        + "}], " + wrong
                        + "], ground_truth=[" + quote(t.id()) + ", " + quote(t.id()) + "])))";
        List<String> lines = python(code, ServiceFixture.TOKEN).lines().toList();
        JsonNode batch = Json.MAPPER.readTree(lines.get(0));
        assertThat(batch.get(0).get("overall").asDouble()).isEqualTo(1.0); // mixture: right answer, no description
        assertThat(batch.get(0).get("accuracy").asDouble()).isEqualTo(1.0);
        assertThat(batch.get(0).get("format").asDouble()).isEqualTo(0.0);
        assertThat(batch.get(1).get("overall").asDouble()).isEqualTo(0.0);
        assertThat(Json.MAPPER.readTree(lines.get(1)).get("overall").asDouble()).isEqualTo(1.0);
        assertThat(lines.get(2)).isEqualTo("[1.0, 0.0]");
    }

    @Test
    void refusalsSurfaceAsClearPythonErrors() throws Exception {
        String code =
                "try:\n    p.compute_score('d', 'x', 'clock-s0-00000')\nexcept p.RewardServiceError as e:\n    print(e)";
        assertThat(python(code, ServiceFixture.TOKEN))
                .startsWith("reward service answered 404: items[0]: unknown record id")
                .doesNotContain("Traceback")
                .contains("unknown record id 'clock-s0-00000'");
        assertThat(python(code, "wrong-token-0123456789")).isEqualTo("reward service answered 401: wrong bearer token");
    }

    @Test
    void verlKeywordCallsWithReward_kwargsAndRouterArgumentsAndTheBatchManager() throws Exception {
        RewardTarget t = Fixtures.target(7);
        String right = quote(Fixtures.described(t, Fixtures.letter(t)));
        String label = quote(RewardTargets.label(t));
        // naive/reward-loop manager: keywords, plus reward_kwargs from the config and the router's extras
        String code = "print(json.dumps(p.compute_score(data_source='puzzlelens/clock', solution_str=" + right
                + ", ground_truth=" + label + ", extra_info={'num_turns': None}, reward_router_address='10.0.0.1:9',"
                + " reward_model_tokenizer=object(), design='perception', normalise=True)))\n"
                // BatchRewardManager: lists by keyword, reward_kwargs
                + "print(json.dumps(p.compute_score(data_sources=['a', 'a'], solution_strs=[" + right + ", 'no'],"
                + " ground_truths=[" + label + ", " + label + "], extra_infos=[{}, {}], weights={'accuracy': 2})))";
        List<String> lines = python(code, ServiceFixture.TOKEN).lines().toList();
        JsonNode single = Json.MAPPER.readTree(lines.get(0));
        assertThat(single.get("score").asDouble()).isEqualTo(1.0); // perception 3 of 3, normalised
        assertThat(single.get("total").asDouble()).isEqualTo(3.0);
        assertThat(single.get("acc").asDouble()).isEqualTo(1.0);
        assertThat(single.get("perception").asDouble()).isEqualTo(1.0);
        JsonNode batch = Json.MAPPER.readTree(lines.get(1));
        assertThat(batch.get(0).get("score").asDouble()).isEqualTo(2.0); // the inline design: 2 x accuracy
        assertThat(batch.get(1).get("score").asDouble()).isEqualTo(0.0);
        assertThat(batch.get(0).has("format_dta")).isFalse();
    }

    @Test
    void easyR1RewardFunctionKwargsAndTrlColumnsAreUsedOrIgnoredAsTheyShouldBe() throws Exception {
        RewardTarget t = Fixtures.target(8);
        String right = quote(Fixtures.described(t, Fixtures.letter(t)));
        String code = "import functools\n"
                + "fn = functools.partial(p.compute_score, design='vanilla')  # EasyR1: partial(fn, **reward_function_kwargs)\n"
                + "print(json.dumps(fn([{'response': " + right + ", 'response_length': 9, 'ground_truth': "
                + quote(t.id()) + "}])))\n"
                + "print(json.dumps(fn({'response': " + right + ", 'response_length': 9, 'ground_truth': "
                + quote(t.id()) + "})))\n"
                + "r = p.trl_reward_with(design='mixture', normalise=True)\n"
                + "print(r.__name__)\n"
                + "print(json.dumps(r(prompts=['q'], completions=[[{'role': 'assistant', 'content': " + right + "}]],"
                + " completion_ids=[[1, 2]], ground_truth=[" + quote(t.id())
                + "], answer=['x'], id=['i'], type=['clock'],"
                + " trainer_state=None)))";
        List<String> lines = python(code, ServiceFixture.TOKEN).lines().toList();
        // vanilla = accuracy + format_ta: the described layout is no think-then-answer layout
        assertThat(Json.MAPPER.readTree(lines.get(0)).get(0).get("overall").asDouble())
                .isEqualTo(1.0);
        assertThat(Json.MAPPER.readTree(lines.get(0)).get(0).has("format_ta")).isTrue();
        assertThat(Json.MAPPER.readTree(lines.get(1)).get("overall").asDouble()).isEqualTo(1.0);
        assertThat(lines.get(2)).isEqualTo("puzzlelens_mixture");
        assertThat(lines.get(3)).isEqualTo("[1.0]");
    }

    @Test
    void openRlhfLoadsTheRewardFileAndItAuthenticatesFromTheEnvironment() throws Exception {
        RewardTarget t = Fixtures.target(9);
        String prompt =
                ResponseTextTest.qwenPrompt("<|image_pad|>", "What time? Give the option letter inside <answer> tags.");
        String query = ResponseTextTest.qwenPrompt(
                "<|image_pad|>".repeat(100), "What time? Give the option letter inside <answer> tags.");
        // as OpenRLHF's SingleTurnAgentExecutor: importlib from the path, then reward_func([query], [prompt], [label])
        String code = "import importlib.util\n"
                + "spec = importlib.util.spec_from_file_location('reward_func', "
                + quote(ADAPTER.resolve("openrlhf_reward_func.py").toString()) + ")\n"
                + "m = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\n"
                + "for letter in " + quote(Fixtures.letter(t) + "" + Fixtures.wrongLetter(t)) + ":\n"
                + "    q = " + quote(query) + " + " + quote(Fixtures.described(t, 'X'))
                + ".replace('>X<', '>' + letter + '<') + '<|im_end|>'\n"
                + "    print(json.dumps(m.reward_func([q], [" + quote(prompt) + "], [" + quote(RewardTargets.label(t))
                + "])))";
        List<String> lines = python(code, ServiceFixture.TOKEN).lines().toList();
        assertThat(Json.MAPPER.readTree(lines.get(0)).get("rewards")).hasToString("[2.0]");
        assertThat(Json.MAPPER.readTree(lines.get(0)).get("scores")).hasToString("[1.0]");
        assertThat(Json.MAPPER.readTree(lines.get(1)).get("rewards")).hasToString("[1.0]"); // format only
    }
}
