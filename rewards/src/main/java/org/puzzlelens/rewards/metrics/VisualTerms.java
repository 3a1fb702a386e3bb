package org.puzzlelens.rewards.metrics;

import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Fact;

/**
 * The words and numbers of a puzzle's own visible state, read from its facts (keys such as {@code
 * r3c4} or {@code peg 2}, values such as {@code red}, {@code wall} or {@code 7}). Reasoning that uses
 * them refers to what is in the image. Works for any type without per-type code.
 *
 * <p>An immutable set in the order the terms were first given, with a hash table that finds a word of a
 * text without cutting it out: the reward path counts the terms of every completion's reasoning, and
 * lower-casing the reasoning, a substring per word and a set probe per word were a sixth of the batch
 * endpoint's profile.
 */
public final class VisualTerms extends AbstractSet<String> {
    private static final Pattern SPLIT = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<String> terms;
    private final int[] hashes;
    /** Open addressing: the index of a term plus one at its hash's slot or the next free one; 0 is empty. */
    private final int[] slots;

    private VisualTerms(Set<String> distinct) {
        terms = List.copyOf(distinct);
        hashes = new int[terms.size()];
        slots = new int[Integer.highestOneBit(Math.max(1, terms.size()) * 4)];
        for (int t = 0; t < terms.size(); t++) {
            hashes[t] = terms.get(t).hashCode();
            int slot = hashes[t] & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = t + 1;
        }
    }

    public static VisualTerms of(List<Fact> facts) {
        Set<String> terms = new LinkedHashSet<>();
        for (Fact f : facts) {
            terms.addAll(tokens(f.key()));
            terms.addAll(tokens(f.value()));
        }
        return new VisualTerms(terms);
    }

    /** The given terms as an immutable set; itself when it is one already. Null terms are refused. */
    public static VisualTerms copyOf(Set<String> terms) {
        if (terms instanceof VisualTerms v) {
            return v;
        }
        terms.forEach(Objects::requireNonNull);
        return new VisualTerms(new LinkedHashSet<>(terms));
    }

    /** Lower-case words and numbers; single letters are left out, they are mostly articles and labels. */
    public static Set<String> tokens(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (isTerm(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** How many distinct terms occur in the text as words of {@link #tokens}. */
    public static int mentioned(Set<String> terms, String text) {
        return copyOf(terms).mentionedIn(text);
    }

    /**
     * How many distinct terms occur in the text as words of {@link #tokens}: each word is lower-cased
     * and hashed as it is scanned, and compared only with the terms of its hash. A letter whose lower
     * case depends on the text around it or is longer than itself ('İ', 'Σ'; an exhaustive test over all
     * code points finds no other) sends the text the way {@link #tokens} reads it.
     */
    public int mentionedIn(String text) {
        TermsSeen seen = new TermsSeen(terms.size());
        int n = text.length();
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!BehaviourMeter.isContent(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int hash = 0; // String.hashCode of the word's lower case, as it grows
            int length = 0; // the lower case's length in chars
            do {
                int lower;
                if (cp < 128) { // most of what is read: its lower case without the Unicode tables
                    lower = cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
                } else if (hasContextualLowerCase(cp)) {
                    return mentionedInLowerCase(text);
                } else {
                    lower = Character.toLowerCase(cp);
                }
                if (Character.isBmpCodePoint(lower)) {
                    hash = 31 * hash + lower;
                    length++;
                } else {
                    hash = 31 * (31 * hash + Character.highSurrogate(lower)) + Character.lowSurrogate(lower);
                    length += 2;
                }
                i += Character.charCount(cp);
                cp = i < n ? text.codePointAt(i) : ' ';
            } while (BehaviourMeter.isContent(cp));
            if (length > 1 || Character.isDigit(Character.toLowerCase(text.charAt(start)))) {
                seen.add(termAt(text, start, i, hash, length));
            }
        }
        return seen.count();
    }

    /** The reading of {@link #tokens}, for the few texts whose letters lower-case with the text around them. */
    private int mentionedInLowerCase(String text) {
        TermsSeen seen = new TermsSeen(terms.size());
        for (String word : SPLIT.split(text.toLowerCase(Locale.ROOT))) {
            if (isTerm(word)) {
                seen.add(termAt(word));
            }
        }
        return seen.count();
    }

    /** The letters whose {@code String.toLowerCase(Locale.ROOT)} differs from their own lower case. */
    static boolean hasContextualLowerCase(int cp) {
        return cp == '\u0130' || cp == '\u03A3';
    }

    /** Words of two or more characters, and single digits. */
    private static boolean isTerm(String word) {
        return word.length() > 1 || (!word.isEmpty() && Character.isDigit(word.charAt(0)));
    }

    /** The index of the term that the lower case of {@code text[start, end)} spells, or -1. */
    private int termAt(String text, int start, int end, int hash, int length) {
        for (int slot = hash & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int t = slots[slot] - 1;
            if (hashes[t] == hash && terms.get(t).length() == length && spells(terms.get(t), text, start, end)) {
                return t;
            }
        }
        return -1;
    }

    /** Whether the code points of {@code text[start, end)}, each lower-cased, are {@code term}. */
    private static boolean spells(String term, String text, int start, int end) {
        int k = 0;
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            int lower = Character.toLowerCase(cp);
            if (term.codePointAt(k) != lower) {
                return false;
            }
            k += Character.charCount(lower);
            i += Character.charCount(cp);
        }
        return true;
    }

    @Override
    public boolean contains(Object o) {
        return o instanceof String s && termAt(s) >= 0;
    }

    /** The index of the term {@code s}, or -1. */
    private int termAt(String s) {
        for (int slot = s.hashCode() & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            if (terms.get(slots[slot] - 1).equals(s)) {
                return slots[slot] - 1;
            }
        }
        return -1;
    }

    @Override
    public Iterator<String> iterator() {
        return terms.iterator();
    }

    @Override
    public int size() {
        return terms.size();
    }

    /** The distinct terms found: bits of one long for up to 64 terms (the common case, no array). */
    private static final class TermsSeen {
        private long first;
        private final long[] more;
        private int count;

        TermsSeen(int terms) {
            more = terms > 64 ? new long[(terms - 1) / 64] : null;
        }

        void add(int term) {
            if (term < 0) {
                return;
            }
            long bit = 1L << term;
            if (term < 64) {
                if ((first & bit) == 0) {
                    first |= bit;
                    count++;
                }
            } else if ((more[term / 64 - 1] & bit) == 0) {
                more[term / 64 - 1] |= bit;
                count++;
            }
        }

        int count() {
            return count;
        }
    }
}
