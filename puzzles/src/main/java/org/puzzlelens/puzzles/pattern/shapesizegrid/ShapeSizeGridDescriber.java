package org.puzzlelens.puzzles.pattern.shapesizegrid;

import org.puzzlelens.puzzles.pattern.common.GridCells;
import org.puzzlelens.puzzles.pattern.common.GridDescriber;
import org.puzzlelens.puzzles.pattern.common.Words;

/** The grid in words (the released caption states every row) and as one fact per cell. */
final class ShapeSizeGridDescriber {
    private static final String GUIDE = """
            State the size and shape in every cell of the 3 x 3 grid, one fact per line, rows numbered from the
            top and columns from the left:
            r<row>c<column> = <small|medium|large> <triangle|square|pentagon|hexagon>, or ? for the question mark""";
    static final GridDescriber<ShapeSizeGridState> INSTANCE = new GridDescriber<>(
            ShapeSizeGridState.SIZE,
            GUIDE,
            ShapeSizeGridDescriber::caption,
            ShapeSizeGridState::rows,
            ShapeSizeGridState::new);

    private ShapeSizeGridDescriber() {}

    static String caption(ShapeSizeGridState s) {
        return "There are 9 shapes arranged in a grid with different sizes in the image, of which there is 1 missing "
                + "shape. " + Words.capitalised(GridCells.rowClauses(s.rows(), "the %s row is")) + ".";
    }
}
