package org.puzzlelens.puzzles.pattern.p2common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;

/**
 * Lists written the way the released PuzzleVQA captions write them (Python's repr): {@code ['small',
 * '?']}, {@code [4, 1, '?']}. Words are quoted, integers are not.
 */
public final class PyList {
    /** The hidden part, as the captions write it. */
    public static final String MISSING = "?";
    private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)]");

    private PyList() {
    }

    public static String format(List<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            parts.add(item instanceof Integer ? item.toString() : "'" + item + "'");
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** Every bracketed list in a text, in order, each item unquoted. */
    public static List<List<String>> all(String text) {
        List<List<String>> lists = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            List<String> items = new ArrayList<>();
            for (String part : m.group(1).split(",")) {
                String item = part.trim();
                if (item.length() >= 2 && (item.startsWith("'") && item.endsWith("'")
                        || item.startsWith("\"") && item.endsWith("\""))) {
                    item = item.substring(1, item.length() - 1);
                }
                items.add(item);
            }
            lists.add(List.copyOf(items));
        }
        return lists;
    }

    /** Exactly {@code count} lists, or a clear error naming what the caption lacks. */
    public static List<List<String>> exactly(String text, int count, String what) {
        List<List<String>> lists = all(text);
        if (lists.size() != count) {
            throw new MalformedRecordException("caption should list " + what + " in " + count
                    + " bracketed lists, found " + lists.size() + ": " + text);
        }
        return lists;
    }
}
