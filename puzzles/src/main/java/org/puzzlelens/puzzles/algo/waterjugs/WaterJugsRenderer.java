package org.puzzlelens.puzzles.algo.waterjugs;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Collections;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * A bar chart as released: each jug an open black outline as tall as its capacity, its water light
 * blue, the y axis in litres from 0 to one above the largest capacity, "Jug k" labels at the top.
 */
final class WaterJugsRenderer {
    static final Canvas CANVAS = new Canvas(1000, 1000);
    static final double LEFT = 105;
    static final double RIGHT = 980;
    static final double TOP = 17;
    static final double BOTTOM = 968;
    /** Share of a jug's slot that the jug is wide. */
    static final double JUG_SHARE = 0.78;

    static final float WALL = 6;
    static final Color WATER = new Color(166, 166, 254);
    private static final Color GRID = new Color(235, 235, 235);

    private WaterJugsRenderer() {}

    /** Canvas units per litre. */
    static double unit(WaterJugsState s) {
        return (BOTTOM - TOP) / (Collections.max(s.capacities()) + 1);
    }

    static double slot(WaterJugsState s) {
        return (RIGHT - LEFT) / s.jugs();
    }

    static double jugLeft(WaterJugsState s, int jug) {
        return LEFT + (jug + (1 - JUG_SHARE) / 2) * slot(s);
    }

    static double jugRight(WaterJugsState s, int jug) {
        return jugLeft(s, jug) + JUG_SHARE * slot(s);
    }

    static double levelY(WaterJugsState s, double litres) {
        return BOTTOM - litres * unit(s);
    }

    static void draw(WaterJugsState s, Graphics2D g) {
        int top = Collections.max(s.capacities()) + 1;
        g.setStroke(new BasicStroke(1.5f));
        for (int litres = 0; litres < top; litres++) {
            g.setColor(GRID);
            g.draw(new Line2D.Double(LEFT, levelY(s, litres), RIGHT, levelY(s, litres)));
            g.setColor(Color.BLACK);
            g.draw(new Line2D.Double(LEFT - 10, levelY(s, litres), LEFT, levelY(s, litres)));
            Draw.centred(g, Integer.toString(litres), Fonts.sans(22), LEFT - 30, levelY(s, litres));
        }
        for (int jug = 0; jug < s.jugs(); jug++) {
            double x0 = jugLeft(s, jug);
            double x1 = jugRight(s, jug);
            g.setColor(WATER);
            g.fill(new Rectangle2D.Double(
                    x0, levelY(s, s.start().get(jug)), x1 - x0, s.start().get(jug) * unit(s)));
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(WALL));
            Path2D.Double outline = new Path2D.Double();
            outline.moveTo(x0, levelY(s, s.capacities().get(jug)));
            outline.lineTo(x0, BOTTOM);
            outline.lineTo(x1, BOTTOM);
            outline.lineTo(x1, levelY(s, s.capacities().get(jug)));
            g.draw(outline);
            Draw.centred(g, "Jug " + (jug + 1), Fonts.sans(28), (x0 + x1) / 2, TOP + 30);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2));
        g.draw(new Rectangle2D.Double(LEFT, TOP, RIGHT - LEFT, BOTTOM - TOP));
        AffineTransform saved = g.getTransform();
        g.rotate(-Math.PI / 2, 28, (TOP + BOTTOM) / 2);
        Draw.centred(g, "Quantity (litres)", Fonts.sans(28), 28, (TOP + BOTTOM) / 2);
        g.setTransform(saved);
    }
}
