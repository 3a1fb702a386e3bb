package org.puzzlelens.puzzles.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writing facts as text, reading them back tolerantly from a model's transcription, and scoring them. */
public final class Facts {
    private Facts() {}

    /** One fact a line, {@code key = value}. */
    public static String format(List<Fact> facts) {
        StringBuilder out = new StringBuilder();
        for (Fact f : facts) {
            out.append(f).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads every {@code key = value} (or {@code key: value}, {@code - key -> value}) line of a free text
     * ({@link FactLine}: list markers and markdown emphasis are dropped). Lines that are not facts are
     * skipped; when a key is stated twice the first statement counts. Lines end at a line break as the
     * expression {@code \R} has it.
     */
    public static List<Fact> parse(String text) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        int n = text.length();
        int start = 0;
        while (start <= n) {
            int end = start;
            while (end < n && !isLineBreak(text.charAt(end))) {
                end++;
            }
            Fact f = FactLine.read(text, start, end);
            if (f != null) {
                byKey.putIfAbsent(f.key(), f);
            }
            boolean crlf = end + 1 < n && text.charAt(end) == '\r' && text.charAt(end + 1) == '\n';
            start = end + (crlf ? 2 : 1);
        }
        return new ArrayList<>(byKey.values());
    }

    /** The characters that start the expression {@code \R}: where fact lines (and reasoning steps) break. */
    public static boolean isLineBreak(int c) {
        return c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
    }

    public static Map<String, String> asMap(List<Fact> facts) {
        Map<String, String> map = new LinkedHashMap<>();
        for (Fact f : facts) {
            if (map.put(f.key(), f.value()) != null) {
                throw new IllegalArgumentException("fact key stated twice: " + f.key());
            }
        }
        return map;
    }

    /** How one fact of a transcription compares with the truth. */
    public enum Match {
        RIGHT,
        WRONG,
        MISSING,
        EXTRA
    }

    /**
     * One key compared: {@code truth} is null for an extra key (the puzzle has none such), {@code
     * claimed} null for a missing one.
     */
    public record Check(String key, String truth, String claimed, Match match) {}

    /** Compares claimed facts with the true ones key by key: the true keys in order, then the extra ones. */
    public static List<Check> check(List<Fact> truth, List<Fact> claimed) {
        Map<String, String> seen = new LinkedHashMap<>();
        claimed.forEach(f -> seen.putIfAbsent(f.key(), f.value()));
        List<Check> out = new ArrayList<>();
        Map<String, String> expected = asMap(truth);
        expected.forEach((key, want) -> {
            String got = seen.get(key);
            out.add(new Check(
                    key, want, got, got == null ? Match.MISSING : want.equals(got) ? Match.RIGHT : Match.WRONG));
        });
        seen.forEach((key, got) -> {
            if (!expected.containsKey(key)) {
                out.add(new Check(key, null, got, Match.EXTRA));
            }
        });
        return out;
    }

    /**
     * Grades claimed facts against the true ones, key by key: the tally of {@link #check}, counted
     * without a check per key (the reward service grades every described completion;
     * FactsScoreTest holds the two together), and with no table of the true keys when they come as
     * {@link KeyedFacts}. Every claimed key that is no true key is an extra one.
     */
    public static FactScore score(List<Fact> truth, List<Fact> claimed) {
        if (truth instanceof KeyedFacts keyed && keyed.keysUnique()) {
            return keyed.score(claimed);
        }
        Map<String, String> stated = new HashMap<>();
        claimed.forEach(f -> stated.putIfAbsent(f.key(), f.value()));
        Set<String> trueKeys = new HashSet<>();
        int right = 0;
        int wrong = 0;
        for (Fact f : truth) {
            if (!trueKeys.add(f.key())) {
                throw new IllegalArgumentException("fact key stated twice: " + f.key());
            }
            String got = stated.get(f.key());
            if (got != null && got.equals(f.value())) {
                right++;
            } else if (got != null) {
                wrong++;
            }
        }
        return new FactScore(truth.size(), right, wrong, truth.size() - right - wrong, stated.size() - right - wrong);
    }
}
