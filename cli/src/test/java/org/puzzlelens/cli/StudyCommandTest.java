package org.puzzlelens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.core.Suite;

/** The whole study on a tiny configuration: every stage runs, the report says what it measured, a rerun resumes. */
class StudyCommandTest {
    @TempDir
    Path dir;

    private static String[] tinyStudy(Path out, Path cache) {
        return new String[] {
            "study",
            "--quick",
            "--size",
            "tiny",
            "--pretrain-steps",
            "2",
            "--grpo-steps",
            "1",
            "--test-per-type",
            "1",
            "--ood-per-type",
            "0",
            "--designs",
            "only-accuracy",
            "--out",
            out.toString(),
            "--cache",
            cache.toString(),
            "--threads",
            "1"
        };
    }

    private static int run(StringBuilder stdout, String... args) {
        PrintStream saved = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            var cli = Main.commandLine();
            StringWriter err = new StringWriter();
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute(args);
            stdout.append(out.toString(StandardCharsets.UTF_8)).append(err);
            return code;
        } finally {
            System.setOut(saved);
        }
    }

    @Test
    void runsEveryStageAndResumes() throws Exception {
        Path out = dir.resolve("study");
        Path cache = dir.resolve("cache");
        StringBuilder first = new StringBuilder();
        assertThat(run(first, tinyStudy(out, cache))).as(first.toString()).isZero();

        int inDomainTypes = Registry.get().of(Suite.LAB).size(); // the default in domain: the lab variants
        for (String label : new String[] {"base", "only-accuracy"}) {
            assertThat(ResultsFile.read(out.resolve("eval").resolve(label + ".jsonl")))
                    .as(label)
                    .hasSize(2 * inDomainTypes) // image and text, one instance per type
                    .allSatisfy(r -> assertThat(r.ok()).as(r.error()).isTrue());
        }
        assertThat(out.resolve("grpo/only-accuracy/metrics.jsonl")).isNotEmptyFile();
        assertThat(Files.readString(out.resolve("grpo/only-accuracy/metrics.jsonl")))
                .contains("self_reflection_rate");
        String report = Files.readString(out.resolve("report/report.md"));
        assertThat(report)
                .contains("| base |")
                .contains("| only-accuracy |")
                .contains("in-domain gap")
                .contains("Gain over the base")
                .contains("self-reflection")
                .contains("| kiwi_count_lab |")
                .containsPattern("(\\d+)/\\1 agree")
                // test suites are drawn four times larger; the unseen ones are evaluated
                .containsPattern("Train/test overlap by content .*: \\d+ of " + 4 * inDomainTypes + " test instances")
                .contains("overlap after excluding them: 0.");
        assertThat(out.resolve("report/charts/accuracy.svg")).isNotEmptyFile();
        assertThat(out.resolve("report/report.html")).isNotEmptyFile();
        assertThat(out.resolve("eval-report/report.md")).isNotEmptyFile();

        long results = Files.size(out.resolve("eval/only-accuracy.jsonl"));
        StringBuilder second = new StringBuilder();
        assertThat(run(second, tinyStudy(out, cache))).as(second.toString()).isZero();
        assertThat(second).as("nothing is redone").doesNotContain("pretrain:").doesNotContain("grpo only-accuracy:");
        assertThat(Files.size(out.resolve("eval/only-accuracy.jsonl"))).isEqualTo(results);

        // provenance and the viewer: two sessions recorded, phases timed; the reports lead with the headline
        var record = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve(RunJson.FILE).toFile());
        assertThat(record.path("sessions")).hasSize(2);
        assertThat(record.path("sessions").get(0).path("phases").findValuesAsText("name"))
                .contains("suites", "report");
        assertThat(record.path("config").path("grpo-steps").asInt()).isEqualTo(1);
        assertThat(first.toString()).contains("| model", "random guess", "Headline (image)");
        assertThat(out.resolve(ViewCommand.PAGE)).isNotEmptyFile();
        assertThat(report)
                .startsWith("# PuzzleLens study\n\n## Findings\n\nBase model, in domain, image condition: ")
                .contains("**Headline (image):**")
                .contains("](../view.html)");
    }
}
