package org.puzzlelens.eval.report;

import java.util.Locale;

/** k successes out of n, with its Wilson score interval. */
public record Proportion(int k, int n) {
    /** z for a two-sided 95% interval. */
    static final double Z95 = 1.959963984540054;

    public static final Proportion NONE = new Proportion(0, 0);

    public Proportion plus(boolean success) {
        return new Proportion(k + (success ? 1 : 0), n + 1);
    }

    public double rate() {
        return n == 0 ? Double.NaN : (double) k / n;
    }

    /** The Wilson score 95% interval; (0, 1) when n is 0. */
    public double[] wilson() {
        if (n == 0) {
            return new double[] {0, 1};
        }
        double p = rate();
        double z2 = Z95 * Z95;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / (1 + z2 / n);
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    public boolean intervalContains(double rate) {
        double[] ci = wilson();
        return ci[0] <= rate && rate <= ci[1];
    }

    /** The rate in percent for a chart; NaN when nothing was measured (the chart then says "no data", not 0). */
    public double percentValue() {
        return 100 * rate();
    }

    /** The Wilson 95% interval in percent for a chart; null when nothing was measured. */
    public double[] percentInterval() {
        if (n == 0) {
            return null;
        }
        double[] ci = wilson();
        return new double[] {100 * ci[0], 100 * ci[1]};
    }

    /** "62.5% [52.1, 71.9] n=80", or "–" without data. */
    public String withInterval() {
        if (n == 0) {
            return "–";
        }
        double[] ci = wilson();
        return String.format(Locale.ROOT, "%.1f%% [%.1f, %.1f] n=%d", 100 * rate(), 100 * ci[0], 100 * ci[1], n);
    }

    public String percent() {
        return n == 0 ? "–" : String.format(Locale.ROOT, "%.1f%%", 100 * rate());
    }
}
