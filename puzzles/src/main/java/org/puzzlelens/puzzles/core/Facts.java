package org.puzzlelens.puzzles.core;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Writing facts as text, reading them back tolerantly from a model's transcription, and scoring them. */
public final class Facts {
    // "key = value", "key: value", "- key -> value"; list markers and markdown emphasis are dropped.
    /** Compiled once: {@code String.split} with a regex compiles it on every call. */
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");
    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:[-*•]\\s*|\\d+[.)]\\s+)?(?<key>[^=:>]+?)\\s*(?:=|:|->)\\s*(?<value>.+?)\\s*$");

    private Facts() {
    }

    /** One fact a line, {@code key = value}. */
    public static String format(List<Fact> facts) {
        StringBuilder out = new StringBuilder();
        for (Fact f : facts) {
            out.append(f).append('\n');
        }
        return out.toString();
    }

    /**
     * Reads every {@code key = value} (or {@code key: value}) line of a free text. Lines that are not
     * facts are skipped; when a key is stated twice the first statement counts.
     */
    public static List<Fact> parse(String text) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (String line : LINE_BREAK.split(text)) {
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String key = m.group("key");
            String value = m.group("value");
            if (Fact.normalise(key).isEmpty() || Fact.normalise(value).isEmpty()) {
                continue;
            }
            Fact f = new Fact(key, value);
            byKey.putIfAbsent(f.key(), f);
        }
        return new ArrayList<>(byKey.values());
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

    /** Grades claimed facts against the true ones, key by key. */
    public static FactScore score(List<Fact> truth, List<Fact> claimed) {
        Map<String, String> expected = asMap(truth);
        Map<String, String> seen = new LinkedHashMap<>();
        claimed.forEach(f -> seen.putIfAbsent(f.key(), f.value()));
        int correct = 0;
        int wrong = 0;
        int extra = 0;
        for (Map.Entry<String, String> e : seen.entrySet()) {
            String want = expected.get(e.getKey());
            if (want == null) {
                extra++;
            } else if (want.equals(e.getValue())) {
                correct++;
            } else {
                wrong++;
            }
        }
        int missing = expected.size() - correct - wrong;
        return new FactScore(expected.size(), correct, wrong, missing, extra);
    }
}
