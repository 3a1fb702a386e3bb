package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.puzzles.testing.ReleasedData;

/** The command line as a user meets it: output, files and exit codes (0 ok, 1 failure, 2 usage). */
class CliTest {
    @TempDir
    Path dir;

    private static CommandRun run(String... args) {
        return CommandRun.of(args);
    }

    @Test
    void typesListsTheRegistry() {
        CommandRun r = run("types", "--params");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("| clock").contains("offset_hours");
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : List.of(
                "types",
                "generate",
                "show",
                "verify",
                "study",
                "bench",
                "gallery",
                "eval",
                "eval bench",
                "report",
                "view",
                "pretrain",
                "train",
                "serve",
                "bench-train")) {
            String[] words = (command + " --help").split(" ");
            CommandRun r = run(words);
            assertThat(r.code()).as(command).isZero();
            assertThat(r.out()).as(command).contains("Usage: puzzlelens " + command);
        }
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatToDo() {
        CommandRun unknown = run("generate", "--types", "nosuch", "--count", "1", "--out", dir.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown puzzle type 'nosuch'").contains("known types: ");
        assertThat(run("generate", "--types", "clock", "--count", "-1", "--out", dir.toString())
                        .err())
                .contains("count must be >= 0");
        assertThat(run("generate", "--count", "1").code()).isEqualTo(2); // --out missing
        assertThat(run("generate", "--count", "1", "--preset", "brutal", "--out", dir.toString())
                        .err())
                .contains("use one of easy, algopuzzlevqa, hard");
        assertThat(run("show", "clock", "--image-size", "9").code()).isEqualTo(2);
        assertThat(run("frobnicate").code()).isEqualTo(2);
        assertThat(run("train", "--design", "nosuch", "--out", dir.toString()).err())
                .contains("unknown reward design 'nosuch'")
                .contains("answer-format");
        assertThat(run("train", "--design", "answer", "--out", dir.toString()).err())
                .contains("--base DIR is required");
        assertThat(run(
                                "train",
                                "--design",
                                "answer",
                                "--resume",
                                "--out",
                                dir.resolve("none").toString())
                        .err())
                .contains("holds no run to resume");
        assertThat(run("serve", "--checkpoint", dir.toString()).err()).contains("is not a model folder");
        CommandRun design = run("study", "--designs", "mixture,nosuch", "--out", dir.toString());
        assertThat(design.code()).isEqualTo(2);
        assertThat(design.err()).contains("unknown reward design 'nosuch'").contains("perception");
        assertThat(run("study", "--grpo-steps", "0", "--out", dir.toString()).err())
                .contains("GRPO steps");
        assertThat(run("train", "--design", "mixture", "--reward-token-file", "t", "--out", dir.toString())
                        .err())
                .contains("--reward-token-file needs --reward-url");
        CommandRun param = run(
                "generate",
                "--types",
                "tower_of_hanoi",
                "--param",
                "disks=50",
                "--count",
                "1",
                "--out",
                dir.resolve("p").toString());
        assertThat(param.code()).isEqualTo(2);
        assertThat(param.err())
                .contains("parameter disks takes 3..8, not 50")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void aSecondWriterOfARunFolderIsRefusedAndVerboseShowsTheStackTrace() throws Exception {
        Path out = dir.resolve("suite");
        try (org.puzzlelens.puzzles.io.RunLock running = org.puzzlelens.puzzles.io.RunLock.folder(out)) {
            CommandRun second = run("generate", "--types", "clock", "--count", "1", "--out", out.toString());
            assertThat(second.code()).isEqualTo(1);
            assertThat(second.err())
                    .contains(out + " is being written by another puzzlelens run (process")
                    .contains("write to another --out")
                    .doesNotContain("\tat ");
            assertThat(run("generate", "--types", "clock", "--count", "1", "--out", out.toString(), "--verbose")
                            .err())
                    .contains("\tat org.puzzlelens.puzzles.io.RunLock");
        }
        assertThat(run("generate", "--types", "clock", "--count", "1", "--out", out.toString())
                        .code())
                .isZero();
    }

    @Test
    void aBadParamFailsBeforeWritingAndTheCorrectedCommandSucceedsInTheSameFolder() throws Exception {
        Path out = dir.resolve("fixed");
        CommandRun bad = run(
                "generate", "--types", "clock", "--count", "3", "--param", "minute_step=7", "--out", out.toString());
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).contains("minute_step takes a divisor of 60 (1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30, 60)");
        assertThat(out).doesNotExist();
        CommandRun fixed = run(
                "generate",
                "--types",
                "clock",
                "--count",
                "3",
                "--param",
                "minute_step=15",
                "--image-size",
                "128",
                "--out",
                out.toString());
        assertThat(fixed.code()).as(fixed.err()).isZero();
        assertThat(Files.readString(out.resolve("suite.json"))).contains("\"minute_step\" : \"15\"");
        CommandRun disks = run(
                "generate",
                "--types",
                "tower_of_hanoi",
                "--count",
                "1",
                "--param",
                "disks=50",
                "--out",
                dir.resolve("hanoi").toString());
        assertThat(disks.code()).isEqualTo(2);
        assertThat(disks.err()).contains("parameter disks takes 3..8, not 50").doesNotContain("Exception");
    }

    @Test
    void generateThenVerifyOurOwnSuite() {
        Path out = dir.resolve("suite");
        CommandRun gen =
                run("generate", "--types", "clock", "--count", "6", "--image-size", "128", "--out", out.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(gen.out()).contains("6 generated, 0 kept");
        assertThat(run("generate", "--types", "clock", "--count", "6", "--image-size", "128", "--out", out.toString())
                        .out())
                .contains("0 generated, 6 kept");
        CommandRun verify = run("verify", out.resolve("clock.json").toString());
        assertThat(verify.code()).isZero();
        assertThat(verify.out()).contains("| clock").contains("6/6");
    }

    @Test
    void aJpegSuiteHasJpgImagesThatVerify() throws java.io.IOException {
        Path out = dir.resolve("jpeg");
        CommandRun gen = run(
                "generate",
                "--types",
                "maze",
                "--count",
                "3",
                "--image-size",
                "128",
                "--image-format",
                "jpeg",
                "--quality",
                "80",
                "--out",
                out.toString());
        assertThat(gen.code()).as(gen.err()).isZero();
        assertThat(Files.readString(out.resolve("maze.json"))).contains("\"image\":\"images/maze/maze_00000.jpg\"");
        assertThat(out.resolve("images/maze/maze_00002.jpg")).exists();
        assertThat(run("verify", out.resolve("maze.json").toString()).out()).contains("3/3");
        CommandRun gif =
                run("generate", "--types", "maze", "--count", "1", "--image-format", "gif", "--out", out.toString());
        assertThat(gif.code()).isEqualTo(2);
        assertThat(gif.err()).contains("use png or jpeg");
        assertThat(run(
                                "generate",
                                "--types",
                                "maze",
                                "--count",
                                "1",
                                "--quality",
                                "101",
                                "--image-format",
                                "jpeg",
                                "--out",
                                out.toString())
                        .err())
                .contains("1..100");
    }

    @Test
    void verifyReportsTheReleasedClockRecordsAsAgreeing() {
        CommandRun r = run("verify", ReleasedData.algoPuzzleVqa("clock").toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("100/100");
    }

    @Test
    void verifyNamesTheBrokenLineAndFails() throws Exception {
        Path file = dir.resolve("clock.json");
        Files.writeString(
                file, Files.readAllLines(ReleasedData.algoPuzzleVqa("clock")).get(0) + "\n{oops\n");
        CommandRun r = run("verify", file.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("clock.json:2: malformed JSON").contains("1/2");
        assertThat(run("verify", dir.resolve("absent.json").toString()).err()).contains("absent.json");
    }

    @Test
    void showPrintsTheInstanceAndWritesItsImage() {
        Path png = dir.resolve("c.png");
        CommandRun r = run("show", "clock", "--seed", "3", "--index", "2", "--out", png.toString(), "--facts");
        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("Question: ")
                .contains("(A) ")
                .contains("Answer: (")
                .contains("hour = ")
                .contains("1. ");
        assertThat(png).isNotEmptyFile();
    }

    @Test
    void galleryWritesAPageAndAContactSheet() throws Exception {
        CommandRun r = run("gallery", "--types", "clock", "--out", dir.toString(), "--image-size", "128");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(dir.resolve("index.html")))
                .contains("<h2>clock")
                .contains("data:image/png;base64,")
                .contains("class=answer");
        assertThat(ImageIO.read(dir.resolve("contact-sheet.png").toFile()).getWidth())
                .isGreaterThan(256);
    }

    @Test
    void evalThenRerunThenReport() throws Exception {
        Path suite = dir.resolve("suite");
        assertThat(run(
                                "generate",
                                "--types",
                                "clock,maze",
                                "--count",
                                "4",
                                "--image-size",
                                "128",
                                "--out",
                                suite.toString())
                        .code())
                .isZero();
        Path results = dir.resolve("runs.jsonl");
        CommandRun first = run(
                "eval",
                suite.toString(),
                "--backend",
                "noisy",
                "--backend-option",
                "reasoning=0.5",
                "--conditions",
                "image,text,transcribe",
                "--out",
                results.toString());
        assertThat(first.code()).as(first.err()).isZero();
        assertThat(first.out()).contains("24 answered, 0 failed, 0 already done");
        // the compact summary at the end, and the run record beside the results
        assertThat(first.out()).contains("| model", "| noisy", "Headline (image):");
        assertThat(Files.readString(dir.resolve("runs.run.json"))).contains("\"backend-option\"", "\"exit_code\" : 0");
        CommandRun again = run(
                "eval",
                suite.toString(),
                "--backend",
                "noisy",
                "--backend-option",
                "reasoning=0.5",
                "--conditions",
                "image,text,transcribe",
                "--out",
                results.toString());
        assertThat(again.out()).contains("0 answered, 0 failed, 24 already done");
        assertThat(Files.readAllLines(results)).hasSize(24);
        CommandRun changed = run(
                "eval",
                suite.toString(),
                "--backend",
                "noisy",
                "--backend-option",
                "reasoning=0.1",
                "--conditions",
                "image",
                "--out",
                results.toString());
        assertThat(changed.code()).isEqualTo(2);
        assertThat(changed.err()).contains("other settings").contains("--label");
        assertThat(Files.readString(dir.resolve("runs.run.json"))).contains("\"exit_code\" : 2");

        CommandRun report =
                run("report", results.toString(), "--out", dir.resolve("report").toString());
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(dir.resolve("report/report.html")).isRegularFile();
        assertThat(Files.readString(dir.resolve("report/report.md"))).contains("## Error attribution");
    }

    @Test
    void evalErrorsSayWhatToDo() {
        Path out = dir.resolve("r.jsonl");
        CommandRun unknown = run(
                "eval", ReleasedData.algoPuzzleVqa("clock").toString(), "--backend", "nosuch", "--out", out.toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown backend 'nosuch'").contains("openai, anthropic, oracle, noisy");
        CommandRun badRate = run(
                "eval",
                ReleasedData.algoPuzzleVqa("clock").toString(),
                "--backend",
                "noisy",
                "--backend-option",
                "perception=2",
                "--out",
                out.toString());
        assertThat(badRate.code()).isEqualTo(2);
        assertThat(badRate.err()).contains("perception=2 must be a rate in 0..1");
        CommandRun noImages = run(
                "eval",
                ReleasedData.algoPuzzleVqa("clock").toString(),
                "--backend",
                "oracle",
                "--conditions",
                "image",
                "--out",
                out.toString());
        assertThat(noImages.code()).isEqualTo(1);
        assertThat(noImages.err())
                .contains("97 image(s) not found")
                .contains("clock_0003.jpg")
                .contains("--conditions text");
        assertThat(run("eval", "--backend", "oracle").code()).isEqualTo(2);
        CommandRun textOnly = run(
                "eval",
                ReleasedData.algoPuzzleVqa("clock").toString(),
                "--backend",
                "oracle",
                "--conditions",
                "text",
                "--out",
                out.toString());
        assertThat(textOnly.code()).as(textOnly.err()).isZero();
        assertThat(textOnly.out()).contains("100 answered");
        assertThat(run("report", dir.resolve("none.jsonl").toString(), "--out", dir.toString())
                        .code())
                .isEqualTo(1);
    }
}
