package org.puzzlelens.eval.report;

import java.util.List;
import java.util.Map;

/**
 * McNemar's exact test on paired right/wrong outcomes: of the pairs where the two conditions
 * disagree, {@code onlyA} were right only under A and {@code onlyB} only under B. Under the null
 * hypothesis each discordant pair goes either way with probability 1/2, so the two-sided p-value is
 * twice the binomial tail of the smaller count (capped at 1). Exact, so valid for small counts too.
 */
public record McNemar(int pairs, int bothRight, int onlyA, int onlyB) {
    /** Pairs the outcomes (right or not) that A and B have for the same keys; keys only one has are left out. */
    public static <K> McNemar of(Map<K, Boolean> a, Map<K, Boolean> b) {
        int pairs = 0;
        int both = 0;
        int onlyA = 0;
        int onlyB = 0;
        for (Map.Entry<K, Boolean> e : a.entrySet()) {
            Boolean y = b.get(e.getKey());
            if (y == null) {
                continue;
            }
            boolean x = e.getValue();
            pairs++;
            both += x && y ? 1 : 0;
            onlyA += x && !y ? 1 : 0;
            onlyB += !x && y ? 1 : 0;
        }
        return new McNemar(pairs, both, onlyA, onlyB);
    }

    /** The p-value as reports print it: three decimals, or {@code <0.001}. */
    public String p() {
        return Fmt.p(pValue());
    }

    /** Counts paired outcomes, each {@code {right under A, right under B}}. */
    public static McNemar of(List<boolean[]> outcomes) {
        int both = 0;
        int onlyA = 0;
        int onlyB = 0;
        for (boolean[] o : outcomes) {
            both += o[0] && o[1] ? 1 : 0;
            onlyA += o[0] && !o[1] ? 1 : 0;
            onlyB += !o[0] && o[1] ? 1 : 0;
        }
        return new McNemar(outcomes.size(), both, onlyA, onlyB);
    }

    public double pValue() {
        int d = onlyA + onlyB;
        if (d == 0) {
            return 1;
        }
        int small = Math.min(onlyA, onlyB);
        double tail = 0;
        double logTerm = -d * Math.log(2); // log(C(d, 0) / 2^d)
        for (int i = 0; i <= small; i++) {
            tail += Math.exp(logTerm);
            logTerm += Math.log(d - i) - Math.log(i + 1); // C(d, i+1) = C(d, i) (d - i) / (i + 1)
        }
        return Math.min(1, 2 * tail);
    }
}
