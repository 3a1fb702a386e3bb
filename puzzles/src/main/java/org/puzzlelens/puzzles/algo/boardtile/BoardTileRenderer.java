package org.puzzlelens.puzzles.algo.boardtile;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.puzzlelens.puzzles.core.Canvas;

/** The board edge to edge as released: dark and light yellow squares, removed squares left white. */
final class BoardTileRenderer {
    static final double CELL = 100;
    static final Color DARK = new Color(255, 195, 57);
    static final Color LIGHT = new Color(255, 230, 179);

    private BoardTileRenderer() {}

    static Canvas canvas(BoardTileState s) {
        return new Canvas(s.columns() * CELL, s.rows() * CELL);
    }

    static void draw(BoardTileState s, Graphics2D g) {
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.columns(); c++) {
                if (!s.isRemoved(r, c)) {
                    g.setColor(BoardTileState.dark(r, c) ? DARK : LIGHT);
                    // a hair of overlap so antialiased edges between squares do not show seams
                    g.fill(new Rectangle2D.Double(c * CELL, r * CELL, CELL + 0.5, CELL + 0.5));
                }
            }
        }
    }
}
