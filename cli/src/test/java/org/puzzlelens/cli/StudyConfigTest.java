package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The study's configuration: printed, read back from YAML or JSON, recorded in run.json, and a changed one refused. */
class StudyConfigTest {
    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void printedConfigurationReadsBackToItselfAndExplainsEachValue() throws Exception {
        CommandRun printed =
                run("study", "--quick", "--grpo-steps", "7", "--designs", "vanilla,perception", "--print-config");
        assertThat(printed.code()).as(printed.err()).isZero();
        assertThat(printed.out())
                .contains(
                        "grpo-steps: 7\n",
                        "designs: \"vanilla,perception\"\n",
                        "quick: true\n",
                        "pretrain-steps: 150\n",
                        "# GRPO steps per design\n")
                .doesNotContain("out:", "threads:", "print-config");
        Path file = dir.resolve("study.yaml");
        Files.writeString(file, printed.out());
        CommandRun again = run("study", "--config", file.toString(), "--print-config");
        assertThat(again.out()).isEqualTo(printed.out());
        // a flag given as well wins over the file
        assertThat(run("study", "--config", file.toString(), "--grpo-steps", "3", "--print-config")
                        .out())
                .contains("grpo-steps: 3\n")
                .contains("designs: \"vanilla,perception\"\n");
    }

    @Test
    void jsonWorksAndAnUnknownNameIsAUsageErrorThatListsTheNames() throws Exception {
        Path json = dir.resolve("study.json");
        Files.writeString(json, "{\"grpo-steps\": 9, \"designs\": [\"vanilla\", \"mixture\"], \"quick\": true}");
        CommandRun r = run("study", "--config", json.toString(), "--print-config");
        assertThat(r.out()).contains("grpo-steps: 9\n", "designs: \"vanilla,mixture\"\n", "size: \"lab\"\n");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "grpo_steps: 9\n");
        CommandRun refused = run("study", "--config", bad.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err())
                .contains("'grpo_steps' is not an option of `study`")
                .contains("grpo-steps");
        assertThat(run("study", "--config", dir.resolve("none.yaml").toString()).err())
                .contains("no such file");
    }

    @Test
    void aRerunWithAnotherConfigurationIsRefusedAndLeavesTheRecordAsItWas() throws Exception {
        Path out = dir.resolve("study");
        CommandLine cli = Main.commandLine();
        CommandLine.ParseResult parsed = cli.parseArgs("study", "--quick", "--out", out.toString());
        CommandLine study = parsed.subcommand().commandSpec().commandLine();
        StudyCommand command = study.getCommand();
        RunJson.start(
                        command.runRecord(),
                        "study",
                        parsed.originalArgs(),
                        command.configuration(study),
                        command.notConfiguration(),
                        true)
                .finish(0);
        String before = Files.readString(out.resolve(RunJson.FILE));

        CommandRun refused = run("study", "--quick", "--seed", "2", "--threads", "1", "--out", out.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err())
                .contains("was made with another configuration (seed: 1 -> 2)")
                .contains("--force");
        assertThat(Files.readString(out.resolve(RunJson.FILE))).isEqualTo(before);
        assertThat(out.resolve("suites")).doesNotExist();
    }

    @Test
    void runJsonRecordsConfigurationSeedsSessionsAndPhases() throws Exception {
        Path file = dir.resolve("run").resolve(RunJson.FILE);
        RunJson first = RunJson.start(
                file, "study", List.of("study", "--seed", "3"), Map.of("seed", 3, "out", "a"), Set.of("out"), true);
        first.phase("suites");
        first.phase("report");
        first.finish(0);
        RunJson second = RunJson.start(
                file,
                "study",
                List.of("study", "--seed", "3", "--out", "b"),
                Map.of("seed", 3, "out", "b"),
                Set.of("out"),
                true);
        assertThat(second.configDifferences()).isEmpty();
        second.finish(1);
        JsonNode json = new ObjectMapper().readTree(file.toFile());
        assertThat(json.path("config").path("seed").asInt()).isEqualTo(3);
        assertThat(json.path("seeds").path("seed").asInt()).isEqualTo(3);
        assertThat(json.path("sessions")).hasSize(2);
        JsonNode s = json.path("sessions").get(0);
        assertThat(s.path("command_line").toString()).isEqualTo("[\"puzzlelens\",\"study\",\"--seed\",\"3\"]");
        assertThat(s.path("phases").findValuesAsText("name")).containsExactly("suites", "report");
        assertThat(s.path("phases").get(0).path("seconds").asDouble()).isGreaterThanOrEqualTo(0);
        assertThat(s.path("machine").path("cpus").asInt()).isPositive();
        assertThat(s.path("machine").path("java").asText()).isEqualTo(System.getProperty("java.version"));
        assertThat(s.path("exit_code").asInt()).isZero();
        assertThat(s.has("commit")).isTrue();
        assertThat(json.path("sessions").get(1).path("exit_code").asInt()).isEqualTo(1);
        // a long is the same number as the int read back
        assertThat(RunJson.start(file, "study", List.of(), Map.of("seed", 3L, "out", "c"), Set.of("out"), true)
                        .configDifferences())
                .isEmpty();
        // not refusing: the differences are reported instead
        assertThat(RunJson.start(file, "study", List.of(), Map.of("seed", 4, "out", "b"), Set.of("out"), false)
                        .configDifferences())
                .containsExactly("seed: 3 -> 4");
    }
}
