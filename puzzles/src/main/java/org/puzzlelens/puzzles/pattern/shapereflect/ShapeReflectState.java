package org.puzzlelens.puzzles.pattern.shapereflect;

import java.util.List;
import java.util.stream.Stream;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;

/**
 * Shapes above and below a horizontal line, each part listed from left to right; one shape is hidden
 * ({@code ?}).
 *
 * @param top shapes above the line: {@code triangle|square|pentagon|hexagon} or {@code ?}
 * @param bottom shapes below the line, drawn mirrored
 */
public record ShapeReflectState(List<String> top, List<String> bottom) {
    public ShapeReflectState {
        top = List.copyOf(top);
        bottom = List.copyOf(bottom);
        if (top.size() != bottom.size() || top.size() < 2 || top.size() > ShapeReflectRenderer.MAX_PER_PART) {
            throw new IllegalArgumentException("both parts hold the same number of shapes, 2.."
                    + ShapeReflectRenderer.MAX_PER_PART + ": " + top + " " + bottom);
        }
        long hidden = 0;
        for (String cell : Stream.concat(top.stream(), bottom.stream()).toList()) {
            if (cell.equals(PyList.MISSING)) {
                hidden++;
            } else if (!Shape.POLYGONS.contains(Shape.parse(cell))) {
                throw new IllegalArgumentException("not a polygon: " + cell);
            }
        }
        if (hidden != 1) {
            throw new IllegalArgumentException("exactly one shape is hidden: " + top + " " + bottom);
        }
    }

    public boolean hiddenOnTop() {
        return top.contains(PyList.MISSING);
    }

    public int hiddenIndex() {
        return hiddenOnTop() ? top.indexOf(PyList.MISSING) : bottom.indexOf(PyList.MISSING);
    }
}
