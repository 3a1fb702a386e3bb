package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.MalformedRecordException;

/**
 * Lists written the way the released PuzzleVQA captions write them (Python's repr): {@code [4, 5, '?']},
 * {@code ['red', '?', 'blue']}. Numbers stay bare, words and the unknown part {@code '?'} are quoted.
 * Some types keep the unknown part as the string {@link #MISSING}, others as null.
 */
public final class PyList {
    /** The unknown part, as the captions write it. */
    public static final String MISSING = "?";

    private static final Pattern LIST = Pattern.compile("\\[([^\\[\\]]*)]");

    private PyList() {}

    /** Integers bare, anything else quoted; null is the unknown part. */
    public static String format(List<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            parts.add(
                    item == null
                            ? quoted(MISSING)
                            : item instanceof Integer ? item.toString() : quoted(item.toString()));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    public static String ofNumbers(List<Integer> values) {
        return format(values);
    }

    public static String ofColours(List<PatternColour> values) {
        return format(values.stream().map(c -> c == null ? null : c.word()).toList());
    }

    public static String quoted(String word) {
        return "'" + word + "'";
    }

    /** Every bracketed list in a text, in order, each item unquoted. */
    public static List<List<String>> all(String text) {
        List<List<String>> lists = new ArrayList<>();
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            lists.add(split(m.group(1)));
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

    /** The first list that follows {@code label} in {@code text}. */
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

    /** The items of a text that is one list literal; {@code '?'} becomes null. */
    public static List<String> items(String literal) {
        String body = literal.trim();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw new MalformedRecordException("not a list: " + literal);
        }
        List<String> out = new ArrayList<>();
        for (String item : split(body.substring(1, body.length() - 1))) {
            out.add(item.equals(MISSING) ? null : item);
        }
        return out;
    }

    public static List<Integer> numbers(String literal) {
        List<Integer> out = new ArrayList<>();
        for (String item : items(literal)) {
            out.add(item == null ? null : number(item));
        }
        return out;
    }

    public static List<PatternColour> colours(String literal) {
        List<PatternColour> out = new ArrayList<>();
        for (String item : items(literal)) {
            out.add(item == null ? null : colour(item));
        }
        return out;
    }

    public static int number(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new MalformedRecordException("caption list item '" + text + "' is not a number");
        }
    }

    public static PatternColour colour(String word) {
        try {
            return PatternColour.parse(word);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(e.getMessage());
        }
    }

    private static List<String> split(String body) {
        if (body.isBlank()) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String part : body.split(",")) {
            String item = part.trim();
            if (item.length() >= 2
                    && (item.startsWith("'") && item.endsWith("'") || item.startsWith("\"") && item.endsWith("\""))) {
                item = item.substring(1, item.length() - 1);
            }
            items.add(item);
        }
        return List.copyOf(items);
    }
}
