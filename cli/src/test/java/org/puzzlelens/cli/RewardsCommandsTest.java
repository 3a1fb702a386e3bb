package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.io.Json;

/** The rewards and export commands end to end on a small clock suite: output, files, exit codes. */
class RewardsCommandsTest {
    @TempDir
    static Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @BeforeAll
    static void suite() {
        assertThat(run(
                                "generate",
                                "--types",
                                "clock",
                                "--count",
                                "3",
                                "--image-size",
                                "64",
                                "--out",
                                dir.resolve("suite").toString())
                        .code())
                .isZero();
    }

    @Test
    void listShowsTheDesignsAndAConfigChangesThem() throws Exception {
        assertThat(run("rewards", "list").out()).contains("| perception", "1 accuracy + 1 format_dta + 1 perception");
        Path config = Files.writeString(
                dir.resolve("designs.json"), "{\"designs\": {\"seeing\": {\"terms\": {\"perception\": 2}}}}");
        assertThat(run("rewards", "list", "--config", config.toString()).out()).contains("| seeing", "2 perception");
        CommandRun bad = run(
                "rewards",
                "list",
                "--config",
                Files.writeString(dir.resolve("bad.json"), "{\"x\": 1}").toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("unknown key 'x'");
    }

    @Test
    void exportWritesEveryFormat() {
        for (String format : new String[] {"verl", "easyr1", "openrlhf", "trl"}) {
            CommandRun r = run(
                    "export",
                    "--format",
                    format,
                    "--suite",
                    dir.resolve("suite").toString(),
                    "--out",
                    dir.resolve("export-" + format).toString(),
                    "--prompt-template",
                    "perception");
            assertThat(r.code()).as(r.err()).isZero();
            // 3 clocks: ceil(0.1 * 3) = 1 for validation
            assertThat(r.out()).startsWith("wrote 2 train rows to ").contains("wrote 1 validation rows to ");
        }
        CommandRun single = run(
                "export",
                "--format",
                "verl",
                "--suite",
                dir.resolve("suite").toString(),
                "--out",
                dir.resolve("export-test").toString(),
                "--split",
                "test");
        assertThat(single.out()).startsWith("wrote 3 test rows to ").doesNotContain("validation");
        CommandRun badFraction = run(
                "export",
                "--format",
                "verl",
                "--suite",
                dir.resolve("suite").toString(),
                "--out",
                dir.resolve("o").toString(),
                "--validation-fraction",
                "1.5");
        assertThat(badFraction.code()).isEqualTo(2);
        assertThat(badFraction.err()).contains("the validation fraction must be above 0 and below 1");
        CommandRun bad = run("export", "--format", "ray", "--suite", "x", "--out", "y");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("use verl, easyr1, openrlhf or trl");
        CommandRun missing = run(
                "export",
                "--format",
                "verl",
                "--suite",
                dir.resolve("nope").toString(),
                "--out",
                dir.resolve("o").toString());
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("not a suite folder");
    }

    @Test
    void scoreWritesResultsAndFailsOnUnscorableLines() throws Exception {
        String id = Json.MAPPER
                .readTree(Files.readAllLines(dir.resolve("suite/clock.json")).get(0))
                .get("id")
                .asText();
        Path gens = Files.writeString(dir.resolve("gens.jsonl"), "{\"id\": \"" + id + "\", \"completion\": \"(A)\"}\n");
        CommandRun ok = run(
                "rewards",
                "score",
                "--completions",
                gens.toString(),
                "--suite",
                dir.resolve("suite").toString());
        assertThat(ok.code()).as(ok.err()).isZero();
        assertThat(ok.out()).contains("| vanilla", "| clock", "wrote 1 results");
        assertThat(Files.readAllLines(dir.resolve("gens.jsonl.scored.jsonl"))).hasSize(1);
        Files.writeString(gens, "{\"id\": \"missing\", \"completion\": \"(A)\"}\n", StandardOpenOption.APPEND);
        CommandRun partly = run(
                "rewards",
                "score",
                "--completions",
                gens.toString(),
                "--suite",
                dir.resolve("suite").toString(),
                "--design",
                "mixture");
        assertThat(partly.code()).isEqualTo(1);
        assertThat(partly.out()).contains("problem: ", "no record 'missing'");
        assertThat(run("rewards", "score", "--completions", gens.toString(), "--design", "best")
                        .code())
                .isEqualTo(2);
    }

    /**
     * The records and bodies written for an outside load generator are what the service grades: the
     * records read as a suite, and scored offline the bodies' completions come out as the three kinds
     * say (described correct, a wrong letter, untagged with the right letter).
     */
    @Test
    void benchWritesItsRecordsAndRequestBodiesForAnOutsideLoadGenerator() throws Exception {
        Path out = dir.resolve("load");
        CommandRun r =
                run("rewards", "bench", "--types", "clock", "--records", "3", "--write-requests", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("wrote 3 records to ").contains("3 request bodies (1 completion(s) each)");
        assertThat(Files.readAllLines(out.resolve("suite/clock.json"))).hasSize(3);
        List<String> bodies = Files.readAllLines(out.resolve("requests.jsonl"));
        assertThat(bodies).hasSize(3);
        StringBuilder completions = new StringBuilder();
        for (String body : bodies) {
            JsonNode items = Json.MAPPER.readTree(body).get("items");
            assertThat(items).hasSize(1);
            completions.append(Json.line(items.get(0))).append('\n');
        }
        Path gens = Files.writeString(out.resolve("gens.jsonl"), completions);
        CommandRun scored = run(
                "rewards",
                "score",
                "--completions",
                gens.toString(),
                "--suite",
                out.resolve("suite").toString());
        assertThat(scored.code()).as(scored.err()).isZero();
        List<Boolean> correct = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("gens.jsonl.scored.jsonl"))) {
            correct.add(Json.MAPPER.readTree(line).at("/answer/correct").asBoolean());
        }
        assertThat(correct).containsExactly(true, false, true);
    }

    @Test
    void everyRewardsCommandHasHelp() {
        for (String sub : new String[] {"list", "serve", "score", "bench"}) {
            CommandRun r = run("rewards", sub, "--help");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("Usage: puzzlelens rewards " + sub);
        }
        assertThat(run("export", "--help").out()).contains("--prompt-template");
    }
}
