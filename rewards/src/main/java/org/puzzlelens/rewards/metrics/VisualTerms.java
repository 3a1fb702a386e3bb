package org.puzzlelens.rewards.metrics;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Fact;

/**
 * The words and numbers of a puzzle's own visible state, read from its facts (keys such as {@code
 * r3c4} or {@code peg 2}, values such as {@code red}, {@code wall} or {@code 7}). Reasoning that uses
 * them refers to what is in the image. Works for any type without per-type code.
 */
public final class VisualTerms {
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private VisualTerms() {}

    public static Set<String> of(List<Fact> facts) {
        Set<String> terms = new LinkedHashSet<>();
        for (Fact f : facts) {
            terms.addAll(tokens(f.key()));
            terms.addAll(tokens(f.value()));
        }
        return terms;
    }

    /** Lower-case words and numbers; single letters are left out, they are mostly articles and labels. */
    public static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (!t.isEmpty() && (t.length() > 1 || Character.isDigit(t.charAt(0)))) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * How many distinct terms of the puzzle occur in the text: the words of {@link #tokens}, found by a
     * scan that keeps only the words that are terms (the reward path measures every completion).
     */
    public static int mentioned(Set<String> terms, String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        Set<String> found = new HashSet<>();
        int n = lower.length();
        int i = 0;
        while (i < n) {
            while (i < n && !BehaviourMeter.isContent(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            int start = i;
            while (i < n && BehaviourMeter.isContent(lower.codePointAt(i))) {
                i += Character.charCount(lower.codePointAt(i));
            }
            if (i > start && (i - start > 1 || Character.isDigit(lower.charAt(start)))) {
                String word = lower.substring(start, i);
                if (terms.contains(word)) {
                    found.add(word);
                }
            }
        }
        return found.size();
    }
}
