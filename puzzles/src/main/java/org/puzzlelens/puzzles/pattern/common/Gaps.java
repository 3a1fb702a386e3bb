package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Lists with exactly one unknown entry, written {@code null} (the released captions write it
 * {@code '?'}). {@code List.copyOf} refuses nulls, so the copy is an unmodifiable {@link ArrayList},
 * which still compares by contents.
 */
public final class Gaps {
    private Gaps() {}

    /** An unmodifiable copy, checked to hold exactly one null. */
    public static <T> List<T> withOneGap(List<T> values) {
        List<T> copy = Collections.unmodifiableList(new ArrayList<>(values));
        long gaps = copy.stream().filter(Objects::isNull).count();
        if (gaps != 1) {
            throw new IllegalArgumentException("exactly one part must be unknown, found " + gaps + " in " + copy);
        }
        return copy;
    }

    /** The position of the first unknown entry, or -1 (null-safe also for {@code List.of} lists). */
    public static int gap(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                return i;
            }
        }
        return -1;
    }

    public static boolean hasGap(List<?> values) {
        return gap(values) >= 0;
    }
}
