package org.puzzlelens.rewards.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.io.Json;
import org.puzzlelens.rewards.Fixtures;
import org.puzzlelens.rewards.RewardTarget;
import org.puzzlelens.rewards.RewardTargets;

/** Runs the stdlib-only Python adapter with python3 against a running service. */
class PythonAdapterTest {
    private static final Path ADAPTER = Path.of("python").toAbsolutePath();
    private static ServiceFixture service;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() throws Exception {
        service = new ServiceFixture();
    }

    @AfterAll
    static void stop() throws Exception {
        service.close();
    }

    private static String python(String code, String tokenFileContent) throws Exception {
        assumeTrue(new File("/usr/bin/python3").canExecute() || new ProcessBuilder("python3", "-V").start().waitFor() == 0,
                "python3 is needed for the adapter test");
        Path token = Files.writeString(dir.resolve("token"), tokenFileContent);
        ProcessBuilder pb = new ProcessBuilder("python3", "-c",
                "import json, sys\nsys.path.insert(0, " + quote(ADAPTER.toString()) + ")\nimport puzzlelens_reward as p\n" + code);
        pb.environment().put("PUZZLELENS_REWARD_URL", service.server.url());
        pb.environment().put("PUZZLELENS_REWARD_TOKEN_FILE", token.toString());
        pb.environment().remove("PUZZLELENS_REWARD_TOKEN");
        pb.redirectErrorStream(true);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out.strip();
    }

    private static String quote(String s) {
        return Json.MAPPER.getNodeFactory().textNode(s).toString();
    }

    @Test
    void verlComputeScoreReturnsTheTotalAndComponents() throws Exception {
        RewardTarget t = Fixtures.target(5);
        String out = python("print(json.dumps(p.compute_score('puzzlelens/clock', " + quote(Fixtures.described(t, Fixtures.letter(t)))
                + ", " + quote(RewardTargets.label(t)) + ", {'index': 5})))", ServiceFixture.TOKEN);
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
        String code = "inputs = [{'response': " + right + ", 'response_length': 9, 'ground_truth': " + quote(t.id()) + "},"
                + " {'response': " + wrong + ", 'response_length': 3, 'ground_truth': " + quote(RewardTargets.label(t)) + "}]\n"
                + "print(json.dumps(p.compute_score(inputs)))\n"
                + "print(json.dumps(p.compute_score(inputs[0])))\n"
                + "print(json.dumps(p.trl_reward(['q', 'q'], [[{'role': 'assistant', 'content': " + right + "}], " + wrong
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
        String code = "try:\n    p.compute_score('d', 'x', 'clock-s0-00000')\nexcept p.RewardServiceError as e:\n    print(e)";
        assertThat(python(code, ServiceFixture.TOKEN)).startsWith("reward service answered 404: items[0]: unknown record id")
                .doesNotContain("Traceback").contains("unknown record id 'clock-s0-00000'");
        assertThat(python(code, "wrong-token-0123456789")).isEqualTo("reward service answered 401: wrong bearer token");
    }
}
