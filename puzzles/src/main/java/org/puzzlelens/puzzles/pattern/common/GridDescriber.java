package org.puzzlelens.puzzles.pattern.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;

/**
 * The textual side of a square grid puzzle whose caption lists every row: the description adds the
 * reading order, the facts are one per cell ({@code r1c2 = ...}), and the caption reads back row by row.
 */
public final class GridDescriber<S extends Record> implements Describer<S> {
    private final int size;
    private final String guide;
    private final Function<S, String> caption;
    private final Function<S, List<List<String>>> rows;
    private final Function<List<List<String>>, S> state;

    /** {@code state} builds a state from rows and throws IllegalArgumentException when they are not one. */
    public GridDescriber(
            int size,
            String guide,
            Function<S, String> caption,
            Function<S, List<List<String>>> rows,
            Function<List<List<String>>, S> state) {
        this.size = size;
        this.guide = guide;
        this.caption = caption;
        this.rows = rows;
        this.state = state;
    }

    @Override
    public String describe(S s) {
        return caption.apply(s) + " Rows are listed from top to bottom, each from left to right; the question mark "
                + "stands where the missing part would be.";
    }

    @Override
    public List<Fact> facts(S s) {
        return GridCells.facts(rows.apply(s));
    }

    @Override
    public String guide() {
        return guide;
    }

    @Override
    public Optional<S> fromFacts(S question, List<Fact> facts) {
        try {
            return Optional.of(state.apply(GridCells.fromFacts(facts, size)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The state a caption states: every released caption lists the rows in full. */
    public S fromCaption(String caption) {
        List<List<String>> captionRows = PyList.exactly(caption, size, "the rows");
        return PatternAnswers.fromCaption(() -> state.apply(captionRows), "the grid");
    }
}
