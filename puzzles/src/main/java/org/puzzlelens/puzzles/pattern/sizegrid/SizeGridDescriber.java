package org.puzzlelens.puzzles.pattern.sizegrid;

import org.puzzlelens.puzzles.pattern.common.GridCells;
import org.puzzlelens.puzzles.pattern.common.GridDescriber;
import org.puzzlelens.puzzles.pattern.common.Words;

/** The grid in words (the released caption states every row) and as one fact per cell. */
final class SizeGridDescriber {
    private static final String GUIDE = """
            State the size of the circle in every cell of the 3 x 3 grid, one fact per line, rows numbered from
            the top and columns from the left:
            r<row>c<column> = <small|medium|large, or ? for the question mark>""";
    static final GridDescriber<SizeGridState> INSTANCE = new GridDescriber<>(
            SizeGridState.SIZE, GUIDE, SizeGridDescriber::caption, SizeGridState::rows, SizeGridState::new);

    private SizeGridDescriber() {}

    static String caption(SizeGridState s) {
        return "There are circles arranged in a grid formation with varying sizes in the image. "
                + Words.capitalised(GridCells.rowClauses(s.rows(), "the sizes in the %s row are")) + ".";
    }
}
