package org.puzzlelens.puzzles.pattern.shapesizegrid;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.puzzlelens.puzzles.core.Solution;
import org.puzzlelens.puzzles.core.Trace;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PyList;
import org.puzzlelens.puzzles.pattern.common.Shape;
import org.puzzlelens.puzzles.pattern.common.Words;

/**
 * One direction of the grid keeps the shape, the other keeps the size: the hidden cell's size is the one its
 * line of constant size shows, its shape the one its line of constant shape shows.
 */
final class ShapeSizeGridSolver {
    private ShapeSizeGridSolver() {}

    /** A reading of the grid: shapes constant along rows (sizes along columns) or the other way round. */
    private record Reading(boolean shapePerRow, List<String> shapes, List<String> sizes) {
        String shapeLines() {
            return shapePerRow ? "row" : "column";
        }

        String sizeLines() {
            return shapePerRow ? "column" : "row";
        }

        String pattern() {
            return "the shapes within each " + shapeLines() + " are the same, while each " + sizeLines()
                    + " progresses the size of the shapes";
        }
    }

    static Solution solve(ShapeSizeGridState s) {
        Reading reading = read(s, true)
                .or(() -> read(s, false))
                .orElseThrow(() -> new IllegalArgumentException(
                        "neither rows nor columns keep one shape while the other direction keeps one size: "
                                + s.rows()));
        int[] hidden = s.hidden();
        int shapeLine = reading.shapePerRow() ? hidden[0] : hidden[1];
        int sizeLine = reading.shapePerRow() ? hidden[1] : hidden[0];
        String shape = reading.shapes().get(shapeLine);
        String answer = reading.sizes().get(sizeLine);
        Trace trace = new Trace();
        for (int r = 0; r < ShapeSizeGridState.SIZE; r++) {
            trace.add("Row %d: %s.", r + 1, String.join(", ", s.rows().get(r)));
        }
        trace.add(
                        "Each %s holds one shape (%s), and each %s one size (%s).",
                        reading.shapeLines(),
                        String.join(", ", reading.shapes()),
                        reading.sizeLines(),
                        String.join(", ", reading.sizes()))
                .add(
                        "The question mark is in row %d, column %d: its %s holds %s and its %s is %s.",
                        hidden[0] + 1,
                        hidden[1] + 1,
                        reading.shapeLines(),
                        Shape.parse(shape).plural(),
                        reading.sizeLines(),
                        answer)
                .add("So the missing shape is a %s %s.", answer, shape)
                .add("Answer: %s", answer);
        String explanation = "We observe that the " + reading.sizeLines() + "s contain "
                + Words.clauses(
                        reading.sizes().stream().map(size -> size + " shapes").toList()) + " respectively. On the "
                + "other hand, the " + reading.shapeLines() + "s contain "
                + Words.clauses(reading.shapes().stream()
                        .map(w -> Shape.parse(w).plural())
                        .toList())
                + " respectively. Hence, the pattern is that " + reading.pattern() + ".";
        String deduction = "Based on the pattern that " + reading.pattern() + ", the size of the missing " + shape
                + " should be " + answer + ".";
        return PatternAnswers.solution(
                answer, trace.lines(), ShapeSizeGridDescriber.caption(s), explanation, deduction);
    }

    /** The reading where shapes are constant along rows ({@code shapePerRow}) or columns, if the visible cells allow it. */
    private static Optional<Reading> read(ShapeSizeGridState s, boolean shapePerRow) {
        List<String> shapes = new ArrayList<>();
        List<String> sizes = new ArrayList<>();
        for (int line = 0; line < ShapeSizeGridState.SIZE; line++) {
            Optional<String> shape = common(s, shapePerRow, line, ShapeSizeGridState::shape);
            Optional<String> size = common(s, !shapePerRow, line, ShapeSizeGridState::size);
            if (shape.isEmpty() || size.isEmpty()) {
                return Optional.empty();
            }
            shapes.add(shape.get());
            sizes.add(size.get());
        }
        return Optional.of(new Reading(shapePerRow, shapes, sizes));
    }

    /** The one value {@code part} takes on the visible cells of row (or column) {@code line}, if there is one. */
    private static Optional<String> common(ShapeSizeGridState s, boolean row, int line, UnaryOperator<String> part) {
        Set<String> values = new LinkedHashSet<>();
        for (int k = 0; k < ShapeSizeGridState.SIZE; k++) {
            String cell = row ? s.rows().get(line).get(k) : s.rows().get(k).get(line);
            if (!cell.equals(PyList.MISSING)) {
                values.add(part.apply(cell));
            }
        }
        return values.size() == 1 ? Optional.of(values.iterator().next()) : Optional.empty();
    }
}
