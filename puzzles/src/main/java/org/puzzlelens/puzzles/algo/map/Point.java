package org.puzzlelens.puzzles.algo.map;

/** A point of the unit square, y upwards as in the released polygon coordinates. */
public record Point(double x, double y) {
    double distance(Point o) {
        return Math.hypot(x - o.x, y - o.y);
    }
}
