package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.List;

/**
 * Brute force for the "the mark corresponds to the key" patterns (a rectangle's length, a polygon's side
 * count): the candidates that, put in the hidden place, leave every pair of parts with equal keys
 * showing equal marks.
 */
public final class OneMarkPerKey {
    private OneMarkPerKey() {}

    public static <K> List<String> fitting(List<K> keys, List<String> marks, int missing, List<String> candidates) {
        List<String> fitting = new ArrayList<>();
        for (String candidate : candidates) {
            List<String> filled = new ArrayList<>(marks);
            filled.set(missing, candidate);
            boolean fits = true;
            for (int i = 0; i < keys.size(); i++) {
                for (int j = 0; j < keys.size(); j++) {
                    fits &= !keys.get(i).equals(keys.get(j)) || filled.get(i).equals(filled.get(j));
                }
            }
            if (fits) {
                fitting.add(candidate);
            }
        }
        return fitting;
    }
}
