package org.puzzlelens.eval.report;

import java.util.Locale;

/** Number formats of the report. */
final class Fmt {
    private Fmt() {}

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

    /** A chart's number: whole numbers without decimals, others with as few as tell them apart (at most 2). */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) {
            return String.valueOf((long) v);
        }
        return Math.abs(v) >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /** A file-name-safe form of a run or group name. */
    static String slug(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
