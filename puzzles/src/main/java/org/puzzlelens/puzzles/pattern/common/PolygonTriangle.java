package org.puzzlelens.puzzles.pattern.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.core.Param;

/**
 * The polygon triangle of polygon_sides_number and polygon_sides_color: drawing, the caption sentence
 * that states every polygon's side count (the released captions omit it, so it is ours), and the
 * row-by-row description.
 */
public final class PolygonTriangle {
    public static final String SIDES_LABEL = "Their numbers of sides are ";
    public static final double LABEL_SIZE = 42;
    public static final int MIN_SIDES = 3;
    public static final int MOST_SIDES = 12;
    public static final Param.Int ROWS = new Param.Int(
            "rows",
            "rows of the triangle (2: 3 polygons, 3: 6, 4: 10)",
            IntRange.exactly(2),
            IntRange.exactly(3),
            IntRange.exactly(4));
    public static final Param.Int MAX_SIDES = new Param.Int(
            "max_sides",
            "the most sides a polygon may have (the fewest is 3)",
            IntRange.exactly(6),
            IntRange.exactly(9),
            IntRange.exactly(12));
    public static final List<Param> PARAMS = List.of(ROWS, MAX_SIDES);

    /** Each polygon's side count and what it shows (a number, a colour, or {@code ?}), in reading order. */
    public record Parts(List<Integer> sides, List<String> marks) {}

    private PolygonTriangle() {}

    /** Draws each polygon filled and outlined, with its label (empty for none) in the middle. */
    public static void draw(Graphics2D g, List<Integer> sides, List<Color> fills, List<String> labels) {
        int rows = Triangle.rows(sides.size());
        double radius = Triangle.radius(rows);
        for (int i = 0; i < sides.size(); i++) {
            Point2D c = Triangle.centre(i, rows);
            PatternDraw.filled(g, Triangle.polygon(c, radius, sides.get(i), i), fills.get(i));
            if (!labels.get(i).isEmpty()) {
                PatternDraw.label(
                        g,
                        PatternDraw.SOFT_BLACK,
                        labels.get(i),
                        c.getX(),
                        c.getY(),
                        LABEL_SIZE * radius / Triangle.radius(3));
            }
        }
    }

    public static void requireSides(List<Integer> sides) {
        Triangle.rows(sides.size());
        for (int s : sides) {
            if (s < MIN_SIDES || s > MOST_SIDES) {
                throw new IllegalArgumentException(
                        "polygons have " + MIN_SIDES + ".." + MOST_SIDES + " sides, not " + s);
            }
        }
    }

    public static String sidesSentence(List<Integer> sides) {
        return SIDES_LABEL + Triangle.rowsPhrase(sides) + ".";
    }

    /** The side counts stated by {@link #sidesSentence}; released captions lack them. */
    public static List<Integer> sidesFrom(String caption) {
        int at = caption.indexOf(SIDES_LABEL);
        if (at < 0) {
            throw new MalformedRecordException("the caption does not state the polygons' numbers of sides, so the "
                    + "pattern cannot be read from it (released polygon captions never do)");
        }
        return Triangle.parseRows(caption.substring(at)).stream()
                .map(PyList::number)
                .toList();
    }

    /** The labels or colours the caption lists row by row between {@code label} and the sides sentence. */
    public static List<String> partsFrom(String caption, String label) {
        int from = caption.indexOf(label);
        int to = caption.indexOf(SIDES_LABEL);
        if (from < 0 || to < from) {
            throw new MalformedRecordException("caption lacks '" + label + "' before the sides sentence");
        }
        return Triangle.parseRows(caption.substring(from, to));
    }

    /** Where polygon {@code i} sits, in words: "top row", "bottom row, 2nd from the left". */
    /** A state from a caption that states the side counts and, after {@code label}, every part's mark. */
    public static <S> S fromCaption(String caption, String label, BiFunction<List<Integer>, List<String>, S> state) {
        return state.apply(sidesFrom(caption), partsFrom(caption, label));
    }

    public static String where(int i, int parts) {
        int rows = Triangle.rows(parts);
        int row = Triangle.row(i);
        return row == 0
                ? "top row"
                : Triangle.rowName(row, rows) + " row, " + ordinal(Triangle.column(i) + 1) + " from the left";
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }

    /** "Top row: A. Middle row, from left to right: B; C. Bottom row, ..." from one phrase per polygon. */
    public static String describeRows(List<String> phrases) {
        int rows = Triangle.rows(phrases.size());
        List<String> out = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            String name = Triangle.rowName(r, rows);
            name = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            String list = String.join("; ", phrases.subList(Triangle.parts(r), Triangle.parts(r + 1)));
            out.add(name + " row" + (r == 0 ? "" : ", from left to right") + ": " + list + ".");
        }
        return String.join(" ", out);
    }

    /** Fact key of polygon {@code i}, numbered in reading order from 1. */
    public static String key(int i, String what) {
        return "p" + (i + 1) + " " + what;
    }

    /** Two facts per polygon: {@code pK sides} and {@code pK <what>} (its number or colour). */
    public static List<Fact> facts(Parts parts, String what) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < parts.sides().size(); i++) {
            facts.add(Fact.of(key(i, "sides"), parts.sides().get(i)));
            facts.add(Fact.of(key(i, what), parts.marks().get(i)));
        }
        return facts;
    }

    /** Reads back {@link #facts} into a state that {@code solve} accepts; empty when the facts make none. */
    public static <S> Optional<S> fromFacts(
            List<Fact> facts, String what, BiFunction<List<Integer>, List<String>, S> state, Consumer<S> solve) {
        return PartFacts.measuredParts(facts, PolygonTriangle::key, "sides", Integer::parseInt, what, state, solve);
    }
}
