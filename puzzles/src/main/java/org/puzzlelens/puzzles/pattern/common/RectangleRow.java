package org.puzzlelens.puzzles.pattern.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.IntRange;
import org.puzzlelens.puzzles.core.Param;
import org.puzzlelens.puzzles.core.Parameters;
import org.puzzlelens.puzzles.core.Preset;

/**
 * The row of upright rounded rectangles of rectangle_height_number and rectangle_height_color: each
 * short, medium or long and carrying a mark (a number or a colour) that follows from its length; one
 * mark is hidden behind a question mark. Layout, generation, the length-to-mark rule and facts.
 */
public final class RectangleRow {
    public static final double SIZE = 512;
    public static final List<String> LENGTHS = List.of("short", "medium", "long");
    public static final double LABEL_SIZE = 42;
    public static final double CENTRE_Y = 256;
    private static final double RELEASED_STEP = 64;
    private static final double GAP = 2;
    private static final double HEIGHT_UNIT = 128;

    public static final Param.Int RECTANGLES = new Param.Int(
            "rectangles", "rectangles in the row", IntRange.exactly(5), IntRange.exactly(7), IntRange.exactly(9));
    public static final Param.Choice MISSING = new Param.Choice(
            "missing",
            "which rectangle is hidden: the last (as released) or any",
            Map.of(
                    Preset.EASY,
                    List.of("last"),
                    Preset.ALGOPUZZLEVQA,
                    List.of("last"),
                    Preset.HARD,
                    List.of("last", "any")));
    public static final List<Param> PARAMS = List.of(RECTANGLES, MISSING);

    /** Lengths (1 short, 2 medium, 3 long) left to right and the hidden rectangle. */
    public record Layout(List<Integer> lengths, int missing) {}

    private RectangleRow() {}

    public static void requireLengths(List<Integer> lengths) {
        if (lengths.size() < 2 || lengths.size() > 12 || !lengths.stream().allMatch(l -> l >= 1 && l <= 3)) {
            throw new IllegalArgumentException("2..12 rectangles of length 1..3 needed: " + lengths);
        }
    }

    public static String lengthName(int length) {
        return LENGTHS.get(length - 1);
    }

    public static int lengthOf(String name) {
        int i = LENGTHS.indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no length '" + name + "': use " + LENGTHS);
        }
        return i + 1;
    }

    /**
     * Spreads the lengths as evenly as the count allows (7 gives 2, 2 and 3, as released), hides a
     * rectangle whose length another rectangle shows, and shuffles the rest.
     */
    public static Layout generate(Parameters p, RandomGenerator rng) {
        int n = p.get(RECTANGLES);
        if (n < 4 || n > 12) {
            throw new IllegalArgumentException("rectangles must be 4..12, got " + n);
        }
        int[] counts = {n / 3, n / 3, n / 3};
        List<Integer> extra = new ArrayList<>(List.of(0, 1, 2));
        for (int r = 0; r < n % 3; r++) {
            counts[extra.remove(rng.nextInt(extra.size()))]++;
        }
        List<Integer> twice = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            if (counts[l] >= 2) {
                twice.add(l + 1);
            }
        }
        int hiddenLength = twice.get(rng.nextInt(twice.size()));
        counts[hiddenLength - 1]--;
        List<Integer> rest = new ArrayList<>();
        for (int l = 0; l < 3; l++) {
            for (int k = 0; k < counts[l]; k++) {
                rest.add(l + 1);
            }
        }
        int missing = p.get(MISSING).equals("last") ? n - 1 : rng.nextInt(n);
        List<Integer> lengths = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lengths.add(i == missing ? hiddenLength : rest.remove(rng.nextInt(rest.size())));
        }
        return new Layout(lengths, missing);
    }

    /**
     * The mark of each length as the visible rectangles show it, checking that a length never carries
     * two marks (the rule "the mark corresponds to the length").
     *
     * @throws IllegalArgumentException when a length shows two marks
     */
    public static Map<Integer, String> markOfLength(List<Integer> lengths, List<String> marks) {
        Map<Integer, String> out = new TreeMap<>();
        for (int i = 0; i < lengths.size(); i++) {
            if (!marks.get(i).equals(PyList.MISSING)) {
                String before = out.putIfAbsent(lengths.get(i), marks.get(i));
                if (before != null && !before.equals(marks.get(i))) {
                    throw new IllegalArgumentException(lengthName(lengths.get(i)) + " rectangles show both " + before
                            + " and " + marks.get(i) + ": no pattern");
                }
            }
        }
        return out;
    }

    /** The hidden rectangle's mark under the rule, with the trace lines that derive it. */
    public static String solve(List<Integer> lengths, List<String> marks, String markWord, List<String> trace) {
        int missing = marks.indexOf(PyList.MISSING);
        for (int i = 0; i < lengths.size(); i++) {
            if (i != missing) {
                trace.add("Rectangle " + (i + 1) + " is " + lengthName(lengths.get(i)) + " and shows " + markWord + " "
                        + marks.get(i) + ".");
            }
        }
        Map<Integer, String> rule = markOfLength(lengths, marks);
        List<String> pairs = new ArrayList<>();
        rule.forEach((l, m) -> pairs.add(lengthName(l) + " -> " + m));
        trace.add("Each length always shows the same " + markWord + " (" + String.join(", ", pairs) + "), so the "
                + markWord + " corresponds to the length.");
        String answer = rule.get(lengths.get(missing));
        if (answer == null) {
            throw new IllegalArgumentException(
                    "no visible rectangle is " + lengthName(lengths.get(missing)) + " like the hidden one");
        }
        trace.add("The rectangle with the question mark (rectangle " + (missing + 1) + ") is "
                + lengthName(lengths.get(missing)) + ", so its " + markWord + " is " + answer + ".");
        trace.add("Answer: " + answer);
        return answer;
    }

    private static double step(int n) {
        return Math.min(RELEASED_STEP, 470.0 / n);
    }

    public static double centreX(int i, int n) {
        return SIZE / 2 + (i - (n - 1) / 2.0) * step(n);
    }

    public static double height(int length) {
        return HEIGHT_UNIT * length;
    }

    /** Draws the row: each rectangle filled, outlined, with its label (empty for none) in the middle. */
    public static void draw(Graphics2D g, List<Integer> lengths, List<Color> fills, List<String> labels) {
        int n = lengths.size();
        double width = step(n) - GAP;
        for (int i = 0; i < n; i++) {
            double h = height(lengths.get(i));
            double cx = centreX(i, n);
            PatternDraw.filled(
                    g,
                    new RoundRectangle2D.Double(cx - width / 2, CENTRE_Y - h / 2, width, h, width * 0.8, width * 0.8),
                    fills.get(i));
            if (!labels.get(i).isEmpty()) {
                PatternDraw.label(
                        g,
                        PatternDraw.SOFT_BLACK,
                        labels.get(i),
                        cx,
                        CENTRE_Y,
                        LABEL_SIZE * width / (RELEASED_STEP - GAP));
            }
        }
    }

    public static String lengthsSentence(List<Integer> lengths) {
        return "The lengths from left to right are "
                + PyList.format(lengths.stream().map(RectangleRow::lengthName).toList()) + ".";
    }

    public static List<Integer> lengthsFrom(String caption) {
        return PyList.after(caption, "The lengths from left to right are ").stream()
                .map(RectangleRow::lengthOf)
                .toList();
    }

    /** A state from a caption that states every length and, after {@code label}, every rectangle's mark. */
    public static <S> S fromCaption(String caption, String label, BiFunction<List<Integer>, List<String>, S> state) {
        return state.apply(lengthsFrom(caption), PyList.after(caption, label));
    }

    /** Two facts per rectangle, numbered from the left: {@code rK length} and {@code rK <what>}. */
    public static List<Fact> facts(List<Integer> lengths, List<String> marks, String what) {
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            facts.add(Fact.of(key(i, "length"), lengthName(lengths.get(i))));
            facts.add(Fact.of(key(i, what), marks.get(i)));
        }
        return facts;
    }

    /** Fact key of rectangle {@code i}, numbered from the left from 1. */
    public static String key(int i, String what) {
        return "r" + (i + 1) + " " + what;
    }

    /** Reads back {@link #facts} into a state that {@code solve} accepts; empty when the facts make none. */
    public static <S> Optional<S> fromFacts(
            List<Fact> facts, String what, BiFunction<List<Integer>, List<String>, S> state, Consumer<S> solve) {
        return PartFacts.measuredParts(facts, RectangleRow::key, "length", RectangleRow::lengthOf, what, state, solve);
    }

    public static String factGuide(String what, String values) {
        return "Number the rectangles from the left, r1 first. For every rectangle write two facts, one per line:\n"
                + "rK length = <short, medium or long>\n"
                + "rK " + what + " = <" + values + "; ? for the question mark>";
    }
}
