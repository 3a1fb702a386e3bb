package org.puzzlelens.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.puzzlelens.eval.run.EvalResult;
import org.puzzlelens.puzzles.chat.Condition;
import org.puzzlelens.puzzles.core.Registry;

/**
 * A study's non-results as the report must show them: a model that answers nothing right, and two
 * models that answer identically at the random-guess rate. The headline says so first; the charts
 * draw the zeros, the dashed baseline, intervals inside 0 to 100, and each model in one colour.
 */
class HonestReportTest {
    private static final int ITEMS = 40;

    @TempDir
    Path dir;

    /** Four-option clock items; the model is right on instance i when {@code right} says so. */
    private static RunData run(String name, IntPredicate right) {
        List<EvalResult> lines = new ArrayList<>();
        for (int i = 0; i < ITEMS; i++) {
            for (String condition : List.of("image", "text")) {
                boolean ok = right.test(i);
                lines.add(new EvalResult(
                        name,
                        "s",
                        condition,
                        "clock",
                        "clock-" + i,
                        0,
                        EvalResult.OK,
                        4,
                        "A",
                        ok ? "(A)" : "(B)",
                        null,
                        ok ? "A" : "B",
                        "letter",
                        null,
                        ok,
                        null,
                        null,
                        1,
                        1,
                        1,
                        1));
            }
        }
        return new RunData(name, "s", lines, 0);
    }

    private static List<RunData> runs() {
        return List.of(run("zero", i -> false), run("same-a", i -> i % 4 == 0), run("same-b", i -> i % 4 == 0));
    }

    @Test
    void theHeadlineSaysNothingRightIdenticalAndAtChance() {
        String headline = Headline.of(runs(), Condition.IMAGE);
        assertThat(headline)
                .startsWith("**Headline (image):**")
                .contains("Answered nothing right: zero (0/40)")
                .contains("At chance (95% interval contains the random-guess rate 25.0%): same-a 25.0%, same-b 25.0%")
                .contains("Identical right/wrong answers on every shared item: same-a and same-b")
                .contains("Significant paired differences: zero and same-a (p=0.002); zero and same-b (p=0.002)");
        String identical = Headline.of(runs().subList(1, 3), Condition.IMAGE);
        assertThat(identical).contains("No model is above chance").contains("The models do not differ");
    }

    @Test
    void theReportLeadsWithTheHeadlineAndItsChartsDrawZerosBaselineAndOneColourPerModel() throws Exception {
        List<Path> written = Report.write(Report.build(runs(), Registry.get(), "Non-result"), dir);
        String html = Files.readString(written.get(1));
        String firstParagraph = html.substring(html.indexOf("<p>"), html.indexOf("</p>"));
        assertThat(firstParagraph)
                .contains("<strong>Headline (image):</strong>")
                .contains("Answered nothing right: zero");
        assertThat(html.indexOf("Headline (text)")).isLessThan(html.indexOf("<table>"));

        String overall = Files.readString(dir.resolve("charts/overall.svg"));
        assertThat(overall)
                .contains("<title>zero zero</title>")
                .contains("class=\"baseline\"")
                .contains("random guess (25)");
        assertThat(ChartsTest.intervals(overall)).isNotEmpty().allSatisfy(i -> {
            assertThat(i[0]).isGreaterThanOrEqualTo(Charts.TOP);
            assertThat(i[1]).isLessThanOrEqualTo(Charts.TOP + Charts.PLOT_HEIGHT);
        });
        assertThat(ChartsTest.ticks(overall)).containsExactly("0", "20", "40", "60", "80", "100");
        // the gap chart: every gap is 0, drawn as stubs, on a whole-number axis
        String gap = Files.readString(dir.resolve("charts/gap-per-type.svg"));
        assertThat(gap.split("<title>zero ", -1)).hasSize(4);
        assertThat(ChartsTest.ticks(gap)).allMatch(t -> t.matches("-?\\d+"));
        // same-a keeps its colour from chart to chart
        String gapColour = gap.replaceAll("(?s).*fill=\"(#[0-9A-Fa-f]{6})\"><title>zero same-a</title>.*", "$1");
        assertThat(ChartsTest.fills(overall, "same-a")).containsOnly(gapColour);
    }
}
