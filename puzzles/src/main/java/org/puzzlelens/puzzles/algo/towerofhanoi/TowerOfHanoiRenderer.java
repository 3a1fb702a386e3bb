package org.puzzlelens.puzzles.algo.towerofhanoi;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.puzzlelens.puzzles.core.Canvas;
import org.puzzlelens.puzzles.render.Draw;
import org.puzzlelens.puzzles.render.Fonts;

/**
 * Two panels as released: the starting configuration above (titled on top), the ending one below
 * (titled underneath), split by a grey line; brown rods on a brown base, disks in orange-to-red shades.
 */
final class TowerOfHanoiRenderer {
    static final double WIDTH = 1200;
    static final double TITLE = 90;
    static final double DISK_HEIGHT = 30;
    static final double BASE = 12;
    static final double GAP = 80;
    static final double ROD_WIDTH = 16;
    static final double MIN_DISK = 70;
    static final double MAX_DISK = 340;
    static final Color WOOD = new Color(100, 67, 34);
    private static final Color SEPARATOR = new Color(215, 215, 215);
    // sampled from the released images: disk 1 (smallest) to 6, then two darker reds for larger sets
    static final List<Color> DISK_COLOURS = List.of(
            new Color(255, 218, 179),
            new Color(254, 181, 102),
            new Color(255, 144, 26),
            new Color(204, 105, 1),
            new Color(153, 52, 0),
            new Color(204, 0, 1),
            new Color(128, 0, 32),
            new Color(80, 20, 60));

    private TowerOfHanoiRenderer() {}

    static Canvas canvas(TowerOfHanoiState s) {
        return new Canvas(WIDTH, 2 * panelHeight(s) + GAP);
    }

    static double rodX(int rod) {
        return WIDTH * (2 * rod + 1) / 6.0;
    }

    /** Widths spread from the smallest to the largest whatever the number of disks, as released. */
    static double diskWidth(int disk, int disks) {
        return disks == 1 ? MAX_DISK : MIN_DISK + (MAX_DISK - MIN_DISK) * (disk - 1) / (disks - 1);
    }

    private static double rodHeight(TowerOfHanoiState s) {
        return (s.disks() + 2) * DISK_HEIGHT;
    }

    private static double panelHeight(TowerOfHanoiState s) {
        return TITLE + rodHeight(s) + BASE;
    }

    /** The y of the base's top edge in the start (false) or end (true) panel. */
    static double baseTop(TowerOfHanoiState s, boolean endPanel) {
        return TITLE + rodHeight(s) + (endPanel ? panelHeight(s) + GAP - TITLE : 0);
    }

    static void draw(TowerOfHanoiState s, Graphics2D g) {
        panel(s, g, s.start(), false);
        panel(s, g, s.end(), true);
        double split = panelHeight(s) + GAP / 2;
        g.setColor(SEPARATOR);
        g.setStroke(new BasicStroke(2));
        g.draw(new Line2D.Double(20, split, WIDTH - 20, split));
        g.setColor(Color.BLACK);
        Draw.centred(g, "Starting Configuration", Fonts.sans(34), WIDTH / 2, TITLE / 2);
        Draw.centred(g, "Ending Configuration", Fonts.sans(34), WIDTH / 2, baseTop(s, true) + BASE + TITLE / 2);
    }

    private static void panel(TowerOfHanoiState s, Graphics2D g, List<List<Integer>> rods, boolean endPanel) {
        double base = baseTop(s, endPanel);
        g.setColor(WOOD);
        g.fill(new Rectangle2D.Double(10, base, WIDTH - 20, BASE));
        for (int rod = 0; rod < rods.size(); rod++) {
            double x = rodX(rod);
            g.setColor(WOOD);
            g.fill(new Rectangle2D.Double(x - ROD_WIDTH / 2, base - rodHeight(s), ROD_WIDTH, rodHeight(s)));
            List<Integer> disks = rods.get(rod);
            for (int level = 0; level < disks.size(); level++) {
                int disk = disks.get(level);
                g.setColor(DISK_COLOURS.get(disk - 1));
                double width = diskWidth(disk, s.disks());
                g.fill(new Rectangle2D.Double(x - width / 2, base - (level + 1) * DISK_HEIGHT, width, DISK_HEIGHT));
            }
        }
    }
}
