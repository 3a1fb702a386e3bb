package org.puzzlelens.puzzles.pattern.common;

import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;
import org.puzzlelens.puzzles.testing.TemplateMatch;
import org.puzzlelens.puzzles.testing.TemplateMatch.Background;

/**
 * Reads a label drawn with {@link PatternDraw#label} (a number or the question mark) back from pixels
 * by {@link TemplateMatch}: each candidate is drawn with the bundled font at the same place and size,
 * and only dark pixels count, so the label may sit on any pale fill.
 */
public record LabelReader(BufferedImage image, double scale) {
    public static LabelReader of(BufferedImage image) {
        return new LabelReader(image, PatternDraw.CANVAS.scale(Math.max(image.getWidth(), image.getHeight())));
    }

    /** The candidate drawn centred at (cx, cy), looking only inside the box of half-size (hw, hh) around it. */
    public String read(double cx, double cy, double hw, double hh, double fontSize, List<String> candidates) {
        int x0 = Math.max(0, (int) Math.floor((cx - hw) * scale));
        int y0 = Math.max(0, (int) Math.floor((cy - hh) * scale));
        int w = Math.min(image.getWidth() - x0, (int) Math.ceil(2 * hw * scale));
        int h = Math.min(image.getHeight() - y0, (int) Math.ceil(2 * hh * scale));
        return TemplateMatch.best(
                image,
                scale,
                new Rectangle(x0, y0, w, h),
                Background.WHITE,
                LabelReader::ink,
                candidates,
                (g, text) -> Draw.centred(g, text, Fonts.sans(fontSize), cx, cy));
    }

    /** As {@link #read(double, double, double, double, double, List)} in a square box as wide as 1.5 letters. */
    public String read(double cx, double cy, double fontSize, List<String> candidates) {
        return read(cx, cy, 0.75 * fontSize, 0.75 * fontSize, fontSize, candidates);
    }

    private static int ink(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() + c.getGreen() + c.getBlue() < 3 * 100 ? 1 : 0;
    }

    public static List<String> numbers(int from, int to) {
        return IntStream.rangeClosed(from, to).mapToObj(Integer::toString).toList();
    }

    /** {@code ?} and the numbers {@code from..to}. */
    public static List<String> numbersAndGap(int from, int to) {
        List<String> out = new ArrayList<>();
        out.add(PyList.MISSING);
        out.addAll(numbers(from, to));
        return out;
    }
}
