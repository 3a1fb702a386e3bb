package org.puzzlelens.eval.report;

import java.util.Locale;

/** Number formats of the report. */
final class Fmt {
    private Fmt() {
    }

    static String percent(double rate) {
        return Double.isNaN(rate) ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * rate);
    }

    /** A difference of two rates in percentage points, signed. */
    static String points(double diff) {
        return Double.isNaN(diff) ? "–" : String.format(Locale.ROOT, "%+.1f", 100 * diff);
    }

    static String p(double p) {
        return p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String tokens(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The larger side of a Wilson interval around the rate, in points: the chart's symmetric error bar. */
    static double errorBar(Proportion p) {
        if (p.n() == 0) {
            return 0;
        }
        double[] ci = p.wilson();
        return 100 * Math.max(p.rate() - ci[0], ci[1] - p.rate());
    }

    /** A file-name-safe form of a run or group name. */
    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
