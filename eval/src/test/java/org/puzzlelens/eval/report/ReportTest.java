package org.puzzlelens.eval.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.EvalItem;
import org.puzzlelens.eval.backend.Backend;
import org.puzzlelens.eval.backend.BackendSettings;
import org.puzzlelens.eval.backend.Backends;
import org.puzzlelens.eval.backend.RetryPolicy;
import org.puzzlelens.eval.run.EvalRunner;
import org.puzzlelens.eval.run.ResultsFile;
import org.puzzlelens.eval.testing.Fixtures;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Registry;
import org.puzzlelens.puzzles.io.Progress;

class ReportTest {
    @TempDir
    Path dir;

    @Test
    void wilsonIntervalsMatchPublishedValues() {
        double[] ci = new Proportion(8, 10).wilson();
        assertThat(ci[0]).isCloseTo(0.4902, within(1e-4));
        assertThat(ci[1]).isCloseTo(0.9433, within(1e-4));
        double[] none = new Proportion(0, 20).wilson();
        assertThat(none[0]).isZero();
        assertThat(none[1]).isCloseTo(0.1611, within(1e-4));
    }

    @Test
    void mcnemarExactPValues() {
        assertThat(new McNemar(20, 10, 1, 9).pValue()).isCloseTo(22.0 / 1024, within(1e-12));
        assertThat(new McNemar(20, 10, 5, 5).pValue()).isEqualTo(1.0);
        assertThat(new McNemar(5000, 0, 2000, 2100).pValue()).isBetween(0.1, 0.3);
    }

    @Test
    void mcnemarPairsTheOutcomesOfTheSameKeysOnly() {
        // "d" is answered by A only and "e" by B only: neither is a pair
        Map<String, Boolean> a = Map.of("a", true, "b", true, "c", false, "d", true);
        Map<String, Boolean> b = Map.of("a", true, "b", false, "c", true, "e", false);
        assertThat(McNemar.of(a, b)).isEqualTo(new McNemar(3, 1, 1, 1));
        assertThat(McNemar.of(a, b).p()).isEqualTo("1.000");
        assertThat(new McNemar(20, 10, 1, 9).p()).isEqualTo("0.021");
        assertThat(new McNemar(5000, 0, 0, 100).p()).isEqualTo("<0.001");
    }

    private void run(List<EvalItem> items, Path out, String backend, Map<String, String> options, List<Condition> cs)
            throws Exception {
        BackendSettings s = new BackendSettings(
                "sim", null, null, Duration.ofSeconds(1), RetryPolicy.standard(0), options, k -> null);
        try (Backend b = Backends.load().provider(backend).create(s);
                ResultsFile file = ResultsFile.open(out)) {
            new EvalRunner(b, Fixtures.run(backend, cs, 1, 4), file, Progress.NONE).run(items);
        }
    }

    @Test
    void writesMarkdownWithChartsAndSelfContainedHtmlForRunsSideBySide() throws Exception {
        List<EvalItem> items = Fixtures.suite(dir.resolve("suite"), "clock,maze,color_overlap_squares", 12);
        Path a = dir.resolve("a.jsonl");
        Path b = dir.resolve("b.jsonl");
        run(items, a, "oracle", Map.of(), List.of(Condition.values()));
        run(
                items,
                b,
                "noisy",
                Map.of("perception", "0.5", "reasoning", "0.2"),
                List.of(Condition.IMAGE, Condition.TEXT));

        List<RunData> runs = RunData.load(List.of(a, b));
        assertThat(runs).extracting(RunData::name).containsExactly("oracle", "noisy");
        var doc = Report.build(runs, Registry.get(), "Test report");
        List<Path> written = Report.write(doc, dir.resolve("report"));

        String md = Files.readString(written.get(0));
        assertThat(md)
                .contains(
                        "# Test report",
                        "## Accuracy per type: oracle",
                        "## Accuracy per type: noisy",
                        "Perception gap (text minus image)",
                        "## Transcription",
                        "## Error attribution",
                        "Paired tests between conditions (McNemar)",
                        "random guess",
                        "unparseable",
                        "visual Col (colour)",
                        "algorithmic Gr (graphs)",
                        "concept colors (colours)",
                        "in-domain AlgoPuzzleVQA",
                        "out-of-domain PuzzleVQA");
        assertThat(md).contains("| clock | 25.0% | 100.0% [75.8, 100.0] n=12");
        long charts =
                doc.blocks().stream().filter(x -> x instanceof Document.Chart).count();
        assertThat(charts).isGreaterThanOrEqualTo(6);
        try (var files = Files.list(dir.resolve("report/charts"))) {
            assertThat(files.toList())
                    .hasSize((int) charts)
                    .allSatisfy(p ->
                            assertThat(Files.readString(p)).startsWith("<svg").endsWith("</svg>\n"));
        }
        String html = Files.readString(written.get(1));
        assertThat(html.split("<svg ", -1)).hasSize((int) charts + 1);
        assertThat(html).doesNotContain("src=\"http", "charts/").contains("<table>", "noisy", "oracle");
    }
}
