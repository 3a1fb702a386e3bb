package org.puzzlelens.puzzles.algo.map;

import java.util.List;

/**
 * One numbered region of the map.
 *
 * @param outline its polygon in the unit square
 * @param neighbours the numbers (1-based) of the regions sharing a boundary of non-zero length, ascending
 * @param colour its colour, {@code WHITE} while not yet coloured
 */
public record Region(List<Point> outline, List<Integer> neighbours, MapColour colour) {
    public Region {
        outline = List.copyOf(outline);
        neighbours = List.copyOf(neighbours);
        if (outline.size() < 3) {
            throw new IllegalArgumentException("a region needs at least three corners");
        }
        for (int i = 1; i < neighbours.size(); i++) {
            if (neighbours.get(i - 1) >= neighbours.get(i)) {
                throw new IllegalArgumentException("neighbours must be listed once each, ascending: " + neighbours);
            }
        }
    }

    Point centroid() {
        double area = 0;
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < outline.size(); i++) {
            Point a = outline.get(i);
            Point b = outline.get((i + 1) % outline.size());
            double cross = a.x() * b.y() - b.x() * a.y();
            area += cross;
            cx += (a.x() + b.x()) * cross;
            cy += (a.y() + b.y()) * cross;
        }
        return new Point(cx / (3 * area), cy / (3 * area));
    }
}
