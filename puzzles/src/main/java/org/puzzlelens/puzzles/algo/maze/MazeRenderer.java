package org.puzzlelens.puzzles.algo.maze;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.puzzlelens.puzzles.algo.maze.MazeState.Cell;
import org.puzzlelens.puzzles.core.Canvas;

/**
 * As released: a square picture with the maze centred, black obstacle cells, white empty cells with
 * faint grid lines, a green arrow into the entrance and a blue arrow out of the exit.
 */
final class MazeRenderer {
    static final Canvas CANVAS = new Canvas(1000, 1000);
    /** The maze's longer side in canvas units. */
    static final double SPAN = 780;

    static final Color ENTRANCE_ARROW = new Color(0, 128, 0);
    static final Color EXIT_ARROW = new Color(0, 0, 255);
    private static final Color GRID_LINE = new Color(225, 225, 225);

    private MazeRenderer() {}

    static double cellSize(int rows, int cols) {
        return SPAN / Math.max(rows, cols);
    }

    /** Left edge of the maze. */
    static double left(int rows, int cols) {
        return (CANVAS.width() - cols * cellSize(rows, cols)) / 2;
    }

    static double top(int rows, int cols) {
        return (CANVAS.height() - rows * cellSize(rows, cols)) / 2;
    }

    static void draw(MazeState s, Graphics2D g) {
        int rows = s.rows();
        int cols = s.cols();
        double size = cellSize(rows, cols);
        double x0 = left(rows, cols);
        double y0 = top(rows, cols);
        g.setColor(GRID_LINE);
        g.setStroke(new BasicStroke(1.5f));
        for (int r = 0; r <= rows; r++) {
            g.draw(new Line2D.Double(x0, y0 + r * size, x0 + cols * size, y0 + r * size));
        }
        for (int c = 0; c <= cols; c++) {
            g.draw(new Line2D.Double(x0 + c * size, y0, x0 + c * size, y0 + rows * size));
        }
        g.setColor(Color.BLACK);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!s.open(new Cell(r, c))) {
                    g.fill(new Rectangle2D.Double(x0 + c * size, y0 + r * size, size, size));
                }
            }
        }
        arrow(g, MazeState.ENTRANCE, Direction.RIGHT, x0, y0, size, ENTRANCE_ARROW);
        arrow(g, s.exit(), s.exitSide(), x0, y0, size, EXIT_ARROW);
    }

    private static void arrow(
            Graphics2D g, Cell cell, Direction heading, double x0, double y0, double size, Color colour) {
        double cx = x0 + (cell.col() + 0.5) * size;
        double cy = y0 + (cell.row() + 0.5) * size;
        double half = size * 0.4;
        double tipX = cx + heading.dCol() * half;
        double tipY = cy + heading.dRow() * half;
        double head = size * 0.2;
        // The perpendicular of (dCol, dRow) is (-dRow, dCol).
        double px = -heading.dRow() * head * 0.5;
        double py = heading.dCol() * head * 0.5;
        double baseX = tipX - heading.dCol() * head;
        double baseY = tipY - heading.dRow() * head;
        g.setColor(colour);
        g.setStroke(new BasicStroke((float) (size * 0.05)));
        g.draw(new Line2D.Double(cx - heading.dCol() * half, cy - heading.dRow() * half, baseX, baseY));
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(tipX, tipY);
        tip.lineTo(baseX + px, baseY + py);
        tip.lineTo(baseX - px, baseY - py);
        tip.closePath();
        g.fill(tip);
    }
}
