package org.puzzlelens.puzzles.pattern.colorsizecircle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.core.MalformedRecordException;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The circles in a released-style caption (relative shade names), in words and as facts (absolute shades). */
enum ColorSizeCircleDescriber implements Describer<ColorSizeCircleState> {
    INSTANCE;

    static final String SIZES_LABEL = "The circles are ";
    static final String COLORS_LABEL = "their colors are ";
    private static final String GUIDE = """
            One fact per circle, one per line, from the largest to the smallest:
            extra large circle = <colour> <shade 1..4, 1 the lightest, 4 the darkest>, e.g. purple 3
            large circle = ...
            medium circle = ...
            small circle = ...
            Colours: red, orange, yellow, green, blue, purple. Write ? for the grey circle with the question mark.""";

    static String caption(ColorSizeCircleState s) {
        boolean darker = s.darkerOutside();
        List<String> colours = new ArrayList<>();
        for (int level : s.levels()) {
            colours.add(
                    level == ColorSizeCircleState.HIDDEN
                            ? PyList.MISSING
                            : ShadeNames.name(level, darker) + " " + s.hue());
        }
        return "There are circles of various sizes and colors in the image. " + SIZES_LABEL
                + PyList.format(ColorSizeCircleState.SIZES) + " size, and " + COLORS_LABEL + PyList.format(colours)
                + ".";
    }

    /** Reads a caption like the released ones, whose circles come in any order. */
    static ColorSizeCircleState fromCaption(String caption) {
        List<String> sizes = PyList.after(caption, SIZES_LABEL);
        List<String> colours = PyList.after(caption, COLORS_LABEL);
        if (sizes.size() != 4 || colours.size() != 4 || !ColorSizeCircleState.SIZES.containsAll(sizes)) {
            throw new MalformedRecordException("the caption must list the four circle sizes and their colours");
        }
        String[] byRing = new String[4];
        for (int i = 0; i < 4; i++) {
            byRing[ColorSizeCircleState.SIZES.indexOf(sizes.get(i))] = colours.get(i);
        }
        List<Integer> shown = new ArrayList<>();
        String hue = null;
        for (int ring = 0; ring < 4; ring++) {
            if (!byRing[ring].equals(PyList.MISSING)) {
                int space = byRing[ring].lastIndexOf(' ');
                hue = byRing[ring].substring(space + 1);
                shown.add(ShadeNames.rank(byRing[ring].substring(0, space)));
            }
        }
        boolean darker = shown.get(0) > shown.get(1);
        List<Integer> levels = new ArrayList<>();
        for (String c : Arrays.asList(byRing)) {
            levels.add(
                    c.equals(PyList.MISSING)
                            ? ColorSizeCircleState.HIDDEN
                            : ShadeNames.level(c.substring(0, c.lastIndexOf(' ')), darker));
        }
        return new ColorSizeCircleState(hue, levels);
    }

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ColorSizeCircleState s) {
        List<String> parts = new ArrayList<>();
        for (int ring = 0; ring < 4; ring++) {
            int level = s.levels().get(ring);
            parts.add("the " + ColorSizeCircleState.SIZES.get(ring) + " circle is "
                    + (level == ColorSizeCircleState.HIDDEN
                            ? "grey and shows a question mark"
                            : s.hue() + " of shade " + (level + 1)));
        }
        return "The image shows four concentric circles, each drawn inside the previous one so that each larger circle "
                + "shows as a ring around the smaller ones. They are shades of one colour, shade 1 the lightest and "
                + "shade 4 the darkest. From the largest to the smallest: " + String.join("; ", parts) + ".";
    }

    @Override
    public List<Fact> facts(ColorSizeCircleState s) {
        List<Fact> facts = new ArrayList<>();
        for (int ring = 0; ring < 4; ring++) {
            int level = s.levels().get(ring);
            facts.add(Fact.of(
                    ColorSizeCircleState.SIZES.get(ring) + " circle",
                    level == ColorSizeCircleState.HIDDEN ? PyList.MISSING : s.hue() + " " + (level + 1)));
        }
        return facts;
    }

    @Override
    public Optional<ColorSizeCircleState> fromFacts(ColorSizeCircleState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        List<Integer> levels = new ArrayList<>();
        String hue = null;
        try {
            for (String size : ColorSizeCircleState.SIZES) {
                String v = map.getOrDefault(size + " circle", "");
                if (v.equals(PyList.MISSING)) {
                    levels.add(ColorSizeCircleState.HIDDEN);
                    continue;
                }
                String[] parts = v.split(" ");
                if (parts.length != 2 || hue != null && !hue.equals(parts[0])) {
                    return Optional.empty();
                }
                hue = parts[0];
                levels.add(Integer.parseInt(parts[1]) - 1);
            }
            ColorSizeCircleState s = new ColorSizeCircleState(hue == null ? "" : hue, levels);
            ColorSizeCircleSolver.solve(s);
            return Optional.of(s);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
