package org.puzzlelens.puzzles.pattern.p3common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;

/**
 * Lists written the way the released PuzzleVQA captions write them, as Python prints them: {@code
 * ['red', '?']}, {@code [2, 1, '?']}. Numbers stay bare, words and the missing mark are quoted.
 */
public final class PyList {
    public static final String MISSING = "?";
    private static final Pattern LIST = Pattern.compile("\\[([^\\]]*)\\]");

    private PyList() {
    }

    public static String format(List<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            parts.add(item instanceof Integer ? item.toString() : "'" + item + "'");
        }
        return "[" + String.join(", ", parts) + "]";
    }

    /** Every bracketed list in {@code text}, in order, items unquoted. */
    public static List<List<String>> all(String text) {
        List<List<String>> out = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            List<String> items = new ArrayList<>();
            for (String part : m.group(1).split(",")) {
                String item = part.trim().replaceAll("^['\"]|['\"]$", "");
                if (!item.isEmpty()) {
                    items.add(item);
                }
            }
            out.add(List.copyOf(items));
        }
        return out;
    }

    /** The single list that follows {@code label} in {@code text}. */
    public static List<String> after(String text, String label) {
        int at = text.indexOf(label);
        if (at < 0) {
            throw new MalformedRecordException("caption lacks '" + label + "'");
        }
        List<List<String>> lists = all(text.substring(at + label.length()));
        if (lists.isEmpty()) {
            throw new MalformedRecordException("caption has no list after '" + label + "'");
        }
        return lists.get(0);
    }

    public static int integer(String item) {
        try {
            return Integer.parseInt(item);
        } catch (NumberFormatException e) {
            throw new MalformedRecordException("caption list item '" + item + "' is not a number");
        }
    }
}
