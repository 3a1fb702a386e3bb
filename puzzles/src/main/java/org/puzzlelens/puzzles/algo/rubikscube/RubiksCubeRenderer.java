package org.puzzlelens.puzzles.algo.rubikscube;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/** The released net: Up above Front; Left, Front, Right, Back in a row; Down below; each face titled. */
final class RubiksCubeRenderer {
    static final Canvas CANVAS = new Canvas(1150, 1000);
    static final double FACE = 234;
    static final double STICKER = FACE / 3;
    private static final double LEFT_MARGIN = 17;
    private static final double PITCH_X = 294;
    private static final double[] ROW_TOP = {52, 383, 714};
    private static final Color GRID = new Color(150, 150, 150);

    private RubiksCubeRenderer() {}

    /** The top-left corner of a face in the net. */
    static Point2D origin(Face f) {
        int[] slot = switch (f) {
            case UP -> new int[] {1, 0};
            case LEFT -> new int[] {0, 1};
            case FRONT -> new int[] {1, 1};
            case RIGHT -> new int[] {2, 1};
            case BACK -> new int[] {3, 1};
            case DOWN -> new int[] {1, 2};
        };
        return new Point2D.Double(LEFT_MARGIN + slot[0] * PITCH_X, ROW_TOP[slot[1]]);
    }

    static void draw(RubiksCubeState s, Graphics2D g) {
        for (Face f : Face.values()) {
            Point2D o = origin(f);
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 3; c++) {
                    Rectangle2D cell =
                            new Rectangle2D.Double(o.getX() + c * STICKER, o.getY() + r * STICKER, STICKER, STICKER);
                    g.setColor(s.start().get(f.ordinal()).get(r).get(c).rgb);
                    g.fill(cell);
                    g.setColor(GRID);
                    g.setStroke(new BasicStroke(1.5f));
                    g.draw(cell);
                }
            }
            g.setColor(Color.BLACK);
            Draw.centred(g, f.title(), Fonts.sans(30), o.getX() + FACE / 2, o.getY() - 24);
        }
    }
}
