package org.puzzlelens.puzzles.pattern.common;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The three sizes of the PuzzleVQA size puzzles, in increasing order. */
public enum Size {
    SMALL,
    MEDIUM,
    LARGE;

    public static final List<String> WORDS =
            Arrays.stream(values()).map(Size::word).toList();

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Size parse(String word) {
        return valueOf(word.trim().toUpperCase(Locale.ROOT));
    }

    public static boolean isWord(String word) {
        return WORDS.contains(word);
    }
}
