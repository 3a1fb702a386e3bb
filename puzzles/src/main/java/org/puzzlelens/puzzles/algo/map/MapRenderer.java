package org.puzzlelens.puzzles.algo.map;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** Filled regions with thin grey borders in a black frame, each numbered at its centroid, as released (y upwards). */
final class MapRenderer {
    static final Canvas CANVAS = new Canvas(1000, 1000);
    static final double MAP_LEFT = 18;
    static final double MAP_TOP = 18;
    static final double MAP_SIDE = 964;
    static final Font LABEL_FONT = Fonts.sans(26);
    private static final Color BORDER = new Color(110, 110, 110);

    private MapRenderer() {}

    static Point2D toCanvas(Point p) {
        return new Point2D.Double(MAP_LEFT + p.x() * MAP_SIDE, MAP_TOP + (1 - p.y()) * MAP_SIDE);
    }

    static void draw(MapState s, Graphics2D g) {
        g.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (Region r : s.regions()) {
            Path2D.Double shape = new Path2D.Double();
            for (int i = 0; i < r.outline().size(); i++) {
                Point2D p = toCanvas(r.outline().get(i));
                if (i == 0) {
                    shape.moveTo(p.getX(), p.getY());
                } else {
                    shape.lineTo(p.getX(), p.getY());
                }
            }
            shape.closePath();
            g.setColor(r.colour().rgb);
            g.fill(shape);
            g.setColor(BORDER);
            g.draw(shape);
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2.5f));
        g.draw(new Rectangle2D.Double(MAP_LEFT, MAP_TOP, MAP_SIDE, MAP_SIDE));
        for (int i = 1; i <= s.regions().size(); i++) {
            Point2D c = toCanvas(s.region(i).centroid());
            Draw.centred(g, Integer.toString(i), LABEL_FONT, c.getX(), c.getY());
        }
    }
}
