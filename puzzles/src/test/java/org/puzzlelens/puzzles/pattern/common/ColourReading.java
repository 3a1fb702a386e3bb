package org.puzzlelens.puzzles.pattern.common;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.puzzlelens.puzzles.testing.Pixels;

/** Names a sampled fill: the nearest of the pattern colours, or the grey of the unknown part. */
public final class ColourReading {
    private ColourReading() {}

    /** The name whose colour is nearest to the pixel at (x, y). */
    public static String nearest(Pixels px, double x, double y, Map<String, Color> named) {
        List<String> names = new ArrayList<>(named.keySet());
        return names.get(Pixels.nearest(px.at(x, y), new ArrayList<>(named.values())));
    }

    /** The pattern colour in the given shade nearest to the pixel at (x, y), null for the unknown part's grey. */
    public static PatternColour colour(Pixels px, double x, double y, Function<PatternColour, Color> shade) {
        Map<PatternColour, Color> named = new LinkedHashMap<>();
        for (PatternColour c : PatternColour.values()) {
            named.put(c, shade.apply(c));
        }
        List<Color> palette = new ArrayList<>(named.values());
        palette.add(0, PatternColour.MISSING);
        int k = Pixels.nearest(px.at(x, y), palette);
        return k == 0 ? null : PatternColour.values()[k - 1];
    }

    /** The caption word of the strong colour nearest to the pixel at (x, y), {@code ?} for the unknown part's grey. */
    public static String word(Pixels px, double x, double y) {
        PatternColour c = colour(px, x, y, PatternColour::strong);
        return c == null ? PyList.MISSING : c.word();
    }
}
