package org.puzzlelens.eval.attribution;

import java.util.EnumMap;
import java.util.Map;

/**
 * Verdict counts of a group of cases, and the two error rates over the cases that can tell them.
 *
 * @param perceptionKnown cases whose perception could be judged; {@code perceptionFailures} of them failed
 * @param reasoningKnown cases with a text result; {@code reasoningFailures} of them were wrong
 */
public record Tally(
        Map<Verdict, Integer> verdicts,
        int perceptionKnown,
        int perceptionFailures,
        int reasoningKnown,
        int reasoningFailures) {
    public static final Tally EMPTY = new Tally(Map.of(), 0, 0, 0, 0);

    public Tally {
        verdicts = Map.copyOf(verdicts);
    }

    public int count(Verdict v) {
        return verdicts.getOrDefault(v, 0);
    }

    public int cases() {
        return verdicts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Tally add(Attribution.Case c) {
        Map<Verdict, Integer> v = new EnumMap<>(Verdict.class);
        v.putAll(verdicts);
        v.merge(c.verdict(), 1, Integer::sum);
        var p = c.perceptionFailed();
        var r = c.reasoningFailed();
        return new Tally(
                v,
                perceptionKnown + (p.isPresent() ? 1 : 0),
                perceptionFailures + (p.orElse(false) ? 1 : 0),
                reasoningKnown + (r.isPresent() ? 1 : 0),
                reasoningFailures + (r.orElse(false) ? 1 : 0));
    }
}
