package org.puzzlelens.puzzles.pattern.common;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.puzzlelens.puzzles.core.MalformedRecordException;

/**
 * Parts arranged in a triangle of rows (one part in the top row, two in the next...), as the released
 * polygon puzzles show them on a 512 x 512 canvas. Parts are numbered in reading order.
 */
public final class Triangle {
    public static final double SIZE = 512;
    private static final double RELEASED_STEP = 152;
    private static final double RELEASED_RADIUS = 58;
    private static final double ROW_RATIO = 132.0 / 152;
    private static final double CENTRE_Y = 212;

    private Triangle() {}

    /** The number of rows holding {@code parts} parts; throws unless it is a triangular number of 2..4 rows. */
    public static int rows(int parts) {
        for (int rows = 2; rows <= 4; rows++) {
            if (rows * (rows + 1) / 2 == parts) {
                return rows;
            }
        }
        throw new IllegalArgumentException("a triangle of 2..4 rows holds 3, 6 or 10 parts, not " + parts);
    }

    public static int parts(int rows) {
        return rows * (rows + 1) / 2;
    }

    /** Row of part {@code i}, from 0 at the top. */
    public static int row(int i) {
        int row = 0;
        while (parts(row + 1) <= i) {
            row++;
        }
        return row;
    }

    public static int column(int i) {
        return i - parts(row(i));
    }

    private static double step(int rows) {
        return Math.min(RELEASED_STEP, 456.0 / rows);
    }

    /** Circumradius of each polygon. */
    public static double radius(int rows) {
        return RELEASED_RADIUS * step(rows) / RELEASED_STEP;
    }

    public static Point2D centre(int i, int rows) {
        double step = step(rows);
        double rowStep = step * ROW_RATIO;
        int row = row(i);
        double top = CENTRE_Y - (rows - 1) * rowStep / 2;
        return new Point2D.Double(SIZE / 2 + (column(i) - row / 2.0) * step, top + row * rowStep);
    }

    /**
     * A regular polygon around a centre. Its turn is a fixed scramble of position and side count, so
     * the shapes look as haphazardly turned as the released ones while the state stays free of it.
     */
    public static Path2D polygon(Point2D centre, double radius, int sides, int position) {
        double turn = Math.toRadians((position * 47 + sides * 29) % 360);
        Path2D path = new Path2D.Double();
        for (int k = 0; k < sides; k++) {
            double a = turn + 2 * Math.PI * k / sides;
            double x = centre.getX() + radius * Math.cos(a);
            double y = centre.getY() + radius * Math.sin(a);
            if (k == 0) {
                path.moveTo(x, y);
            } else {
                path.lineTo(x, y);
            }
        }
        path.closePath();
        return path;
    }

    /** The items split into rows, each row as a caption list: {@code [9] in the top row, [6, 5] in the middle row...}. */
    public static String rowsPhrase(List<?> items) {
        int rows = rows(items.size());
        List<String> parts = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            parts.add(PyList.format(items.subList(parts(r), parts(r + 1))) + " in the " + rowName(r, rows) + " row");
        }
        if (rows == 2) {
            return parts.get(0) + " and " + parts.get(1);
        }
        return String.join(", ", parts.subList(0, rows - 1)) + ", and " + parts.get(rows - 1);
    }

    /** "top", "middle", "second", "third" or "bottom". */
    public static String rowName(int r, int rows) {
        if (r == 0) {
            return "top";
        }
        if (r == rows - 1) {
            return "bottom";
        }
        return rows == 3 ? "middle" : r == 1 ? "second" : "third";
    }

    /** Reads back the rows written by {@link #rowsPhrase}, flattened in reading order. */
    public static List<String> parseRows(String phrase) {
        List<List<String>> lists = PyList.all(phrase);
        List<String> flat = new ArrayList<>();
        for (int r = 0; r < lists.size(); r++) {
            if (lists.get(r).size() != r + 1) {
                throw new MalformedRecordException(
                        "row " + (r + 1) + " of the triangle should hold " + (r + 1) + " parts: " + phrase);
            }
            flat.addAll(lists.get(r));
        }
        if (lists.size() < 2 || lists.size() > 4) {
            throw new MalformedRecordException("a triangle has 2..4 rows: " + phrase);
        }
        return List.copyOf(flat);
    }
}
