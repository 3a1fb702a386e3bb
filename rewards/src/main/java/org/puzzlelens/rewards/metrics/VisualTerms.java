package org.puzzlelens.rewards.metrics;

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

    private VisualTerms() {
    }

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

    /** How many distinct terms of the puzzle occur in the text. */
    public static int mentioned(Set<String> terms, String text) {
        int n = 0;
        for (String t : tokens(text)) {
            if (terms.contains(t)) {
                n++;
            }
        }
        return n;
    }
}
