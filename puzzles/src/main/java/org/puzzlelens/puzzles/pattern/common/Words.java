package org.puzzlelens.puzzles.pattern.common;

import java.util.List;

/** Counting and ordinal words and English lists, as the released captions write them. */
public final class Words {
    private static final List<String> NUMBERS =
            List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
    private static final List<String> ORDINALS =
            List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth");

    private Words() {}

    public static String number(int n) {
        return NUMBERS.get(n);
    }

    /** The ordinal of a 0-based index: 0 is "first". */
    public static String ordinal(int index) {
        return ORDINALS.get(index);
    }

    /** "a, b, and c" as the captions join clauses; two items are "a, and b", one stays as it is. */
    public static String clauses(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + ", and " + items.get(items.size() - 1);
    }

    /** The text with its first letter in upper case, to open a sentence. */
    public static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
