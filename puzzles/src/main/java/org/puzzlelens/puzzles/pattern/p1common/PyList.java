package org.puzzlelens.puzzles.pattern.p1common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.puzzlelens.puzzles.core.MalformedRecordException;

/**
 * Python list literals as the released captions write them: {@code [4, 5, '?']} or
 * {@code ['red', '?', 'blue']}; the unknown part is {@code '?'} and is null on our side.
 */
public final class PyList {
    private PyList() {
    }

    public static String ofNumbers(List<Integer> values) {
        return of(values, String::valueOf);
    }

    public static String ofColours(List<PatternColour> values) {
        return of(values, c -> quoted(c.word()));
    }

    public static <T> String of(List<T> values, Function<T, String> item) {
        List<String> parts = new ArrayList<>();
        for (T v : values) {
            parts.add(v == null ? "'?'" : item.apply(v));
        }
        return "[" + String.join(", ", parts) + "]";
    }

    public static String quoted(String word) {
        return "'" + word + "'";
    }

    /** The items of a list literal without brackets or quotes; {@code '?'} becomes null. */
    public static List<String> items(String literal) {
        String body = literal.trim();
        if (!body.startsWith("[") || !body.endsWith("]")) {
            throw new MalformedRecordException("not a list: " + literal);
        }
        List<String> out = new ArrayList<>();
        for (String part : body.substring(1, body.length() - 1).split(",")) {
            String item = part.trim().replaceAll("^['\"]|['\"]$", "");
            out.add(item.equals("?") ? null : item);
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
            throw new MalformedRecordException("not a number: '" + text + "'");
        }
    }

    public static PatternColour colour(String word) {
        try {
            return PatternColour.parse(word);
        } catch (IllegalArgumentException e) {
            throw new MalformedRecordException(e.getMessage());
        }
    }
}
