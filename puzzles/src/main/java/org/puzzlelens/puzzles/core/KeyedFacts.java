package org.puzzlelens.puzzles.core;

import java.util.AbstractList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;

/**
 * An immutable list of facts that knows where each key stands, so that {@link Facts#score} against it
 * builds no table of the true keys per call: a reward target's true facts are graded against every
 * completion that describes the image. Equal to any list of the same facts.
 */
public final class KeyedFacts extends AbstractList<Fact> implements RandomAccess {
    private final List<Fact> facts;
    /** The position of each key's first fact. */
    private final Map<String, Integer> positions = new HashMap<>();

    private final boolean keysUnique;

    private KeyedFacts(List<Fact> facts) {
        this.facts = List.copyOf(facts);
        boolean unique = true;
        for (int i = 0; i < this.facts.size(); i++) {
            unique &= positions.putIfAbsent(this.facts.get(i).key(), i) == null;
        }
        keysUnique = unique;
    }

    /** The facts as a keyed list; the list itself when it is one already. Null facts are refused. */
    public static KeyedFacts copyOf(List<Fact> facts) {
        return facts instanceof KeyedFacts keyed ? keyed : new KeyedFacts(facts);
    }

    /** Whether no key is stated twice (else {@link Facts#score} refuses these facts as the truth). */
    boolean keysUnique() {
        return keysUnique;
    }

    /**
     * {@link Facts#score} with these facts, whose keys are unique, as the truth: the first statement of a
     * claimed key counts, and a table is made only for claimed keys that are no true key.
     */
    FactScore score(List<Fact> claimed) {
        BitSet graded = new BitSet(facts.size());
        Set<String> extra = null;
        int right = 0;
        int wrong = 0;
        for (Fact f : claimed) {
            Integer at = positions.get(f.key());
            if (at == null) {
                extra = extra == null ? new HashSet<>() : extra;
                extra.add(f.key());
            } else if (!graded.get(at)) {
                graded.set(at);
                if (facts.get(at).value().equals(f.value())) {
                    right++;
                } else {
                    wrong++;
                }
            }
        }
        int extras = extra == null ? 0 : extra.size();
        return new FactScore(facts.size(), right, wrong, facts.size() - right - wrong, extras);
    }

    @Override
    public Fact get(int index) {
        return facts.get(index);
    }

    @Override
    public int size() {
        return facts.size();
    }
}
