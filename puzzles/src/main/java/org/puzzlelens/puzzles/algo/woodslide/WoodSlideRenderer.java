package org.puzzlelens.puzzles.algo.woodslide;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Map;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * As released: the starting and ending boards side by side in black frames, each block a rectangle
 * in its own shade of brown with a thin white gap around it, empty cells white, captions below.
 */
final class WoodSlideRenderer {
    static final double CELL = 150;
    static final double PAD = 25;
    static final double TOP = 60;
    static final double START_LEFT = 60;
    static final double END_LEFT = 820;
    private static final double INSET = 3;
    private static final double CAPTION_GAP = 85;

    /** The shade of each block digit 1..9, as released. */
    static final List<Color> SHADES = List.of(
            new Color(160, 82, 44),
            new Color(192, 154, 107),
            new Color(206, 133, 64),
            new Color(209, 180, 140),
            new Color(222, 184, 135),
            new Color(244, 163, 97),
            new Color(139, 116, 85),
            new Color(166, 123, 91),
            new Color(110, 76, 51));

    private WoodSlideRenderer() {}

    static Canvas canvas(WoodSlideState s) {
        Board b = s.startBoard();
        return new Canvas(END_LEFT + b.cols() * CELL + START_LEFT, TOP + b.rows() * CELL + PAD + CAPTION_GAP + 60);
    }

    static Color shade(char digit) {
        return SHADES.get(digit - '1');
    }

    static void draw(WoodSlideState s, Graphics2D g) {
        board(g, s.startBoard(), START_LEFT, "Starting Configuration");
        board(g, s.endBoard(), END_LEFT, "Ending Configuration");
    }

    private static void board(Graphics2D g, Board b, double left, String caption) {
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(3));
        g.draw(new Rectangle2D.Double(left - PAD, TOP - PAD, b.cols() * CELL + 2 * PAD, b.rows() * CELL + 2 * PAD));
        Map<Character, Board.Shape> shapes = b.shapes();
        for (int r = 0; r < b.rows(); r++) {
            for (int c = 0; c < b.cols(); c++) {
                char d = b.at(r, c);
                boolean topLeft =
                        d != Board.EMPTY && (r == 0 || b.at(r - 1, c) != d) && (c == 0 || b.at(r, c - 1) != d);
                if (topLeft) {
                    Board.Shape shape = shapes.get(d);
                    g.setColor(shade(d));
                    g.fill(new Rectangle2D.Double(
                            left + c * CELL + INSET,
                            TOP + r * CELL + INSET,
                            shape.width() * CELL - 2 * INSET,
                            shape.height() * CELL - 2 * INSET));
                }
            }
        }
        g.setColor(Color.BLACK);
        Draw.centred(g, caption, Fonts.sans(36), left + b.cols() * CELL / 2, TOP + b.rows() * CELL + PAD + CAPTION_GAP);
    }
}
