package org.puzzlelens.puzzles.pattern.sizecycle;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.util.List;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Size;

/** The released spiral: arms turning clockwise as they leave the centre, pale yellow circles, black outlines. */
final class SizeCycleRenderer {
    static final int MAX_ARMS = 5;
    static final double CX = 256;
    static final double CY = 256;
    static final Color FILL = PatternColour.YELLOW.pale();
    static final double STROKE = 2;
    static final List<Double> DISTANCE = List.of(56.5, 128.0, 204.5);
    /** How far each circle of an arm has turned past the arm's innermost one, as released. */
    static final List<Double> TURN = List.of(0.0, 20.0, 45.0);
    /** Radii of small, medium and large circles (outline centred on them). */
    static final List<Double> RADIUS = List.of(21.0, 34.0, 46.5);

    private SizeCycleRenderer() {}

    static void draw(SizeCycleState s, Graphics2D g) {
        for (int a = 0; a < s.arms().size(); a++) {
            for (int c = 0; c < SizeCycleState.PER_ARM; c++) {
                Point2D p = centre(s.arms().size(), s.turn(), a, c);
                String size = s.arms().get(a).get(c);
                if (size.equals(PyList.MISSING)) {
                    PatternDraw.questionMark(g, p.getX(), p.getY());
                } else {
                    PatternDraw.filled(
                            g,
                            Shape.CIRCLE.outline(
                                    p.getX(),
                                    p.getY(),
                                    RADIUS.get(Size.parse(size).ordinal()),
                                    0),
                            FILL,
                            STROKE);
                }
            }
        }
    }

    static Point2D centre(int arms, int turn, int arm, int circle) {
        double a = Math.toRadians(turn + arm * 360.0 / arms + TURN.get(circle));
        double d = DISTANCE.get(circle);
        return new Point2D.Double(CX + d * Math.cos(a), CY + d * Math.sin(a));
    }
}
