package org.puzzlelens.eval.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Bar charts as SVG text, drawn so that they cannot mislead: one quantity per chart (its axis
 * title), a fixed 0 to 100 axis for percentages, intervals clipped to that range, a zero drawn as a
 * visible stub labelled 0, an optional dashed random-guess line, and each series in the colour the
 * report's {@link Palette} gives its name in every chart.
 */
public final class Charts {
    private static final int HEIGHT = 440;
    static final int TOP = 56;
    private static final int LEFT = 70;
    static final int PLOT_HEIGHT = 250;
    private static final int RIGHT = 30;
    /** A zero bar is drawn this many pixels high, so that "zero" and "nothing drawn" look different. */
    static final double ZERO_STUB = 2;

    private Charts() {}

    /**
     * One series of bars; a NaN value (nothing measured) is labelled n/a instead of drawn.
     *
     * @param intervals per value its interval {@code [low, high]} in the values' unit (null entries or a null
     *     list for none); clipped to the axis range when drawn
     */
    public record Series(String name, List<Double> values, List<double[]> intervals) {
        public Series(String name, List<Double> values) {
            this(name, values, null);
        }
    }

    /**
     * How the value axis reads.
     *
     * @param title the one quantity plotted, with its unit
     * @param percent a fixed 0 to 100 axis; otherwise the range fits the values and always includes 0
     * @param baseline a dashed reference line (the random-guess accuracy) in the axis's unit, or null
     * @param stacked stack the series (counts adding up to a whole) instead of grouping them
     */
    public record Axis(String title, boolean percent, Double baseline, boolean stacked) {
        public static Axis percent(String title, Double baseline) {
            return new Axis(title, true, baseline, false);
        }

        public static Axis of(String title) {
            return new Axis(title, false, null, false);
        }

        public static Axis stacked(String title) {
            return new Axis(title, false, null, true);
        }
    }

    public static String bars(String title, Axis axis, List<String> categories, List<Series> series, Palette palette) {
        double[] range = range(axis, series);
        int groupWidth = axis.stacked() ? 34 : Math.max(22, 16 * series.size() + 12);
        int width = Math.max(640, LEFT + RIGHT + categories.size() * groupWidth);
        double plotWidth = width - LEFT - RIGHT;
        double slot = plotWidth / Math.max(1, categories.size());
        Scale y = new Scale(range[0], range[1], range[2]);
        Svg svg = new Svg(width, HEIGHT);
        svg.text(width / 2.0, 24, title, "middle", 15, "bold");
        axes(svg, axis, y, width);
        double barWidth = axis.stacked() ? slot * 0.6 : Math.min(16, slot * 0.8 / Math.max(1, series.size()));
        boolean rotate = categories.size() > 6;
        for (int c = 0; c < categories.size(); c++) {
            double groupLeft = LEFT + c * slot + (slot - (axis.stacked() ? barWidth : barWidth * series.size())) / 2;
            double stackedBase = 0;
            for (int s = 0; s < series.size(); s++) {
                Series one = series.get(s);
                double v = one.values().get(c);
                String colour = palette.colour(one.name());
                double x = axis.stacked() ? groupLeft : groupLeft + s * barWidth;
                if (Double.isNaN(v)) {
                    // nothing measured: said, not drawn as a zero
                    svg.text(x + barWidth / 2, y.at(0) - 3, "n/a", "middle", 8, "normal");
                    continue;
                }
                double from = axis.stacked() ? stackedBase : 0;
                double to = from + v;
                stackedBase = to;
                double top = y.at(Math.max(from, to));
                double height = Math.abs(y.at(from) - y.at(to));
                if (v == 0 && !axis.stacked()) {
                    svg.rect(x, y.at(0) - ZERO_STUB, barWidth - 1, ZERO_STUB, colour, "zero " + one.name());
                    svg.text(x + barWidth / 2, y.at(0) - ZERO_STUB - 3, "0", "middle", 9, "normal");
                } else if (v != 0) {
                    svg.rect(x, top, barWidth - 1, height, colour, Fmt.number(v) + " " + one.name());
                }
                if (one.intervals() != null && one.intervals().get(c) != null) {
                    double[] ci = one.intervals().get(c);
                    double lo = Math.max(range[0], ci[0]);
                    double hi = Math.min(range[1], ci[1]);
                    svg.interval(x + barWidth / 2 - 0.5, y.at(hi), y.at(lo));
                }
            }
            double labelX = LEFT + (c + 0.5) * slot;
            double labelY = TOP + PLOT_HEIGHT + 14;
            if (rotate) {
                svg.rotatedText(labelX, labelY, categories.get(c));
            } else {
                svg.text(labelX, labelY, categories.get(c), "middle", 11, "normal");
            }
        }
        legend(svg, series, palette, axis, width);
        return svg.toString();
    }

    private static void axes(Svg svg, Axis axis, Scale y, int width) {
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), width - RIGHT, y.at(tick), tick == 0 ? "#444" : "#e3e3e3", 1, null);
            svg.text(LEFT - 6, y.at(tick) + 4, Fmt.number(tick), "end", 10, "normal");
        }
        svg.line(LEFT, TOP, LEFT, TOP + PLOT_HEIGHT, "#444", 1, null);
        svg.rotatedAxisTitle(18, TOP + PLOT_HEIGHT / 2.0, axis.title());
        if (axis.baseline() != null && !axis.baseline().isNaN()) {
            svg.line(LEFT, y.at(axis.baseline()), width - RIGHT, y.at(axis.baseline()), "#222", 1.5, "6 4");
        }
    }

    private static void legend(Svg svg, List<Series> series, Palette palette, Axis axis, int width) {
        double x = LEFT;
        double yPos = HEIGHT - 44;
        for (Series s : series) {
            double entry = 24 + 6.5 * s.name().length();
            if (x + entry > width - RIGHT && x > LEFT) {
                x = LEFT;
                yPos += 16;
            }
            svg.rect(x, yPos - 9, 10, 10, palette.colour(s.name()), null);
            svg.text(x + 14, yPos, s.name(), "start", 11, "normal");
            x += entry;
        }
        if (axis.baseline() != null && !axis.baseline().isNaN()) {
            svg.line(x, yPos - 4, x + 24, yPos - 4, "#222", 1.5, "6 4");
            svg.text(x + 28, yPos, "random guess (" + Fmt.number(axis.baseline()) + ")", "start", 11, "normal");
        }
    }

    /** The axis range and tick step: 0 to 100 for percentages; else the values' span, widened to include 0. */
    static double[] range(Axis axis, List<Series> series) {
        if (axis.percent()) {
            return new double[] {0, 100, 20};
        }
        double lo = 0;
        double hi = 0;
        for (Series s : series) {
            for (int i = 0; i < s.values().size(); i++) {
                double v = axis.stacked() ? stackedTotal(series, i) : s.values().get(i);
                if (Double.isNaN(v)) {
                    continue;
                }
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (hi == lo) {
            hi = lo + 5; // all zero: a small whole-number axis, so that the zero stubs stand on something readable
        }
        return Scale.nice(lo, hi);
    }

    private static double stackedTotal(List<Series> series, int i) {
        return series.stream().mapToDouble(s -> s.values().get(i)).sum();
    }

    /** Maps values to the plot's pixel rows. */
    private record Scale(double min, double max, double step) {
        double at(double v) {
            return TOP + PLOT_HEIGHT * (max - v) / (max - min);
        }

        List<Double> ticks() {
            List<Double> out = new ArrayList<>();
            long count = Math.round((max - min) / step);
            for (long i = 0; i <= count; i++) {
                out.add(min + i * step);
            }
            return out;
        }

        /** The range widened to whole round steps (1, 2 or 5 times a power of ten), about five of them. */
        static double[] nice(double lo, double hi) {
            double raw = (hi - lo) / 5;
            double power = Math.pow(10, Math.floor(Math.log10(raw)));
            double step = 10 * power;
            for (double m : new double[] {1, 2, 5}) {
                if (m * power >= raw) {
                    step = m * power;
                    break;
                }
            }
            return new double[] {Math.floor(lo / step) * step, Math.ceil(hi / step) * step, step};
        }
    }

    /** The SVG text of one chart. */
    private static final class Svg {
        private final StringBuilder out = new StringBuilder();

        Svg(int width, int height) {
            out.append(String.format(
                    Locale.ROOT,
                    "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                            + "viewBox=\"0 0 %d %d\" font-family=\"sans-serif\"><rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>\n",
                    width,
                    height,
                    width,
                    height));
        }

        void rect(double x, double y, double w, double h, String fill, String title) {
            out.append(String.format(
                    Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"",
                    x,
                    y,
                    Math.max(0, w),
                    h,
                    fill));
            out.append(title == null ? "/>\n" : "><title>" + escape(title) + "</title></rect>\n");
        }

        void line(double x1, double y1, double x2, double y2, String stroke, double width, String dash) {
            out.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" "
                            + "stroke-width=\"%.1f\"%s/>\n",
                    x1,
                    y1,
                    x2,
                    y2,
                    stroke,
                    width,
                    dash == null ? "" : " stroke-dasharray=\"" + dash + "\" class=\"baseline\""));
        }

        /** A 95% interval: a vertical whisker with caps. */
        void interval(double x, double top, double bottom) {
            out.append(String.format(
                    Locale.ROOT,
                    "<path class=\"interval\" d=\"M%.1f %.1fV%.1fM%.1f %.1fH%.1fM%.1f %.1fH%.1f\" "
                            + "stroke=\"#333\" fill=\"none\"/>\n",
                    x,
                    top,
                    bottom,
                    x - 3,
                    top,
                    x + 3,
                    x - 3,
                    bottom,
                    x + 3));
        }

        void text(double x, double y, String text, String anchor, int size, String weight) {
            out.append(String.format(
                    Locale.ROOT,
                    "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" "
                            + "font-weight=\"%s\">%s</text>\n",
                    x,
                    y,
                    anchor,
                    size,
                    weight,
                    escape(text)));
        }

        void rotatedText(double x, double y, String text) {
            out.append(String.format(
                    Locale.ROOT,
                    "<text transform=\"translate(%.1f %.1f) rotate(-40)\" text-anchor=\"end\" "
                            + "font-size=\"10\">%s</text>\n",
                    x,
                    y,
                    escape(text)));
        }

        void rotatedAxisTitle(double x, double y, String text) {
            out.append(String.format(
                    Locale.ROOT,
                    "<text transform=\"translate(%.1f %.1f) rotate(-90)\" text-anchor=\"middle\" "
                            + "font-size=\"12\" class=\"axis-title\">%s</text>\n",
                    x,
                    y,
                    escape(text)));
        }

        @Override
        public String toString() {
            return out + "</svg>\n";
        }

        private static String escape(String s) {
            return HtmlWriter.escape(s);
        }
    }
}
