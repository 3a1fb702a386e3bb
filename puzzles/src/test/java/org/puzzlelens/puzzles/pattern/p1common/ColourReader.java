package org.puzzlelens.puzzles.pattern.p1common;

import java.awt.Color;
import java.util.function.Function;
import org.puzzlelens.puzzles.testing.Pixels;

/** Names a sampled fill: the nearest of the six pattern colours in the given shade, or null for the grey of the unknown part. */
public final class ColourReader {
    private ColourReader() {
    }

    public static PatternColour nearest(Pixels px, double x, double y, Function<PatternColour, Color> shade) {
        Color seen = px.at(x, y);
        PatternColour best = null;
        int bestDistance = Pixels.distance(seen, PatternColour.MISSING);
        for (PatternColour c : PatternColour.values()) {
            int d = Pixels.distance(seen, shade.apply(c));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }
}
