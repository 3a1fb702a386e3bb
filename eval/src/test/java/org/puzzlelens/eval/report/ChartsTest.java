package org.puzzlelens.eval.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The SVG the charts draw, read back as numbers. */
class ChartsTest {
    private static final Pattern INTERVAL = Pattern.compile("class=\"interval\" d=\"M[-\\d.]+ ([-\\d.]+)V([-\\d.]+)");
    private static final Pattern TICK =
            Pattern.compile("text-anchor=\"end\" font-size=\"10\" font-weight=\"normal\">([^<]*)<");

    static List<double[]> intervals(String svg) {
        List<double[]> out = new ArrayList<>();
        Matcher m = INTERVAL.matcher(svg);
        while (m.find()) {
            out.add(new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))});
        }
        return out;
    }

    static List<String> ticks(String svg) {
        List<String> out = new ArrayList<>();
        Matcher m = TICK.matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The fill of the bars of one series, read from their tooltips. */
    static List<String> fills(String svg, String series) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("fill=\"(#[0-9A-Fa-f]{6})\"><title>[^<]* " + Pattern.quote(series) + "</title>")
                .matcher(svg);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void intervalsAreClippedToThePercentAxis() {
        String svg = Charts.bars(
                "t",
                Charts.Axis.percent("accuracy (%)", 25.0),
                List.of("a", "b"),
                List.of(new Charts.Series(
                        "m", List.of(2.0, 98.0), List.of(new double[] {-5, 20}, new double[] {80, 120}))),
                new Palette(List.of("m")));
        assertThat(intervals(svg)).hasSize(2).allSatisfy(i -> {
            assertThat(i[0]).isGreaterThanOrEqualTo(Charts.TOP);
            assertThat(i[1]).isLessThanOrEqualTo(Charts.TOP + Charts.PLOT_HEIGHT);
        });
        assertThat(ticks(svg)).containsExactly("0", "20", "40", "60", "80", "100");
    }

    @Test
    void zerosAreDrawnAndLabelledAndAnAllZeroAxisReadsInRoundNumbers() {
        String svg = Charts.bars(
                "t",
                Charts.Axis.of("gain (points)"),
                List.of("a", "b"),
                List.of(new Charts.Series("m", List.of(0.0, 0.0))),
                new Palette(List.of("m")));
        assertThat(svg.split("<title>zero m</title>", -1)).hasSize(3);
        assertThat(svg).contains("height=\"" + Charts.ZERO_STUB + "\"");
        assertThat(ticks(svg)).allMatch(t -> t.matches("-?\\d+(\\.\\d)?"));
        assertThat(svg).doesNotContain("class=\"baseline\"");
    }

    @Test
    void aNameKeepsItsColourWhateverTheOrderOfTheSeries() {
        Palette palette = new Palette(List.of("base", "vanilla"));
        String one = Charts.bars(
                "t",
                Charts.Axis.of("x"),
                List.of("a"),
                List.of(new Charts.Series("base", List.of(1.0)), new Charts.Series("vanilla", List.of(2.0))),
                palette);
        String two = Charts.bars(
                "t",
                Charts.Axis.of("x"),
                List.of("a"),
                List.of(new Charts.Series("vanilla", List.of(3.0)), new Charts.Series("base", List.of(4.0))),
                palette);
        assertThat(fills(one, "vanilla")).isEqualTo(fills(two, "vanilla")).hasSize(1);
        assertThat(fills(one, "base")).isEqualTo(fills(two, "base")).isNotEqualTo(fills(one, "vanilla"));
    }

    @Test
    void niceRangesIncludeZeroAndEndOnRoundSteps() {
        assertThat(Charts.range(Charts.Axis.of("x"), List.of(new Charts.Series("m", List.of(8.793961182332882)))))
                .containsExactly(0, 10, 2);
        assertThat(Charts.range(Charts.Axis.of("x"), List.of(new Charts.Series("m", List.of(-3.0, 7.0)))))
                .containsExactly(-4, 8, 2);
    }
}
