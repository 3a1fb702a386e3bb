package org.puzzlelens.puzzles.pattern.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads back a description that names every part by its measure and its mark, as the rectangle-row and
 * polygon-triangle describers write them ("a red long rectangle", "a polygon with 5 sides showing the
 * number 5").
 */
public final class MeasuredPartsText {
    private MeasuredPartsText() {}

    /** Every match of {@code part}, in order, as a measure and a mark (the unknown part as {@link PyList#MISSING}). */
    public static <S> S read(
            String description,
            Pattern part,
            ToIntFunction<Matcher> measure,
            Function<Matcher, String> mark,
            BiFunction<List<Integer>, List<String>, S> state) {
        Matcher m = part.matcher(description);
        List<Integer> measures = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        while (m.find()) {
            measures.add(measure.applyAsInt(m));
            marks.add(mark.apply(m));
        }
        return state.apply(measures, marks);
    }

    /** A colour mark: the grey part is the one the question asks for. */
    public static String colour(String word) {
        return word.equals("grey") ? PyList.MISSING : word;
    }
}
