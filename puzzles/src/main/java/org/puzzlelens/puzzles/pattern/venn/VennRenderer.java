package org.puzzlelens.puzzles.pattern.venn;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;

/** As released: three pale blue circles in a row, overlapping; numbers in each circle's own part and in each overlap. */
final class VennRenderer {
    static final double CY = 256;
    static final double RADIUS = 95;
    static final List<Double> CENTRES = List.of(136.0, 256.0, 376.0);
    /** Label positions: circle numbers in each circle's own part, overlap numbers in the middle of each lens. */
    static final List<Double> CIRCLE_LABELS = List.of(108.0, 256.0, 404.0);

    static final List<Double> OVERLAP_LABELS = List.of(196.0, 316.0);
    static final double FONT = 30;

    private VennRenderer() {}

    static void draw(VennState s, Graphics2D g) {
        g.setColor(PatternColour.BLUE.pale());
        CENTRES.forEach(x -> g.fill(PatternDraw.circle(x, CY, RADIUS)));
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(PatternDraw.OUTLINE));
        CENTRES.forEach(x -> g.draw(PatternDraw.circle(x, CY, RADIUS)));
        for (int i = 0; i < 3; i++) {
            PatternDraw.label(g, s.circles().get(i), CIRCLE_LABELS.get(i), CY, FONT);
        }
        for (int i = 0; i < 2; i++) {
            PatternDraw.label(g, s.overlaps().get(i), OVERLAP_LABELS.get(i), CY, FONT);
        }
    }
}
