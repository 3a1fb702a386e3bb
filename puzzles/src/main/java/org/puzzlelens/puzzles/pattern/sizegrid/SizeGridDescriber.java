package org.puzzlelens.puzzles.pattern.sizegrid;

import java.util.List;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.pattern.p2common.PatternDescriber;
import org.puzzlelens.puzzles.pattern.p2common.GridCells;

/** The grid in words (the released caption states every row) and as one fact per cell. */
enum SizeGridDescriber implements PatternDescriber<SizeGridState> {
    INSTANCE;

    private static final String GUIDE = """
            State the size of the circle in every cell of the 3 x 3 grid, one fact per line, rows numbered from
            the top and columns from the left:
            r<row>c<column> = <small|medium|large, or ? for the question mark>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    static String caption(SizeGridState s) {
        return "There are circles arranged in a grid formation with varying sizes in the image. "
                + capitalised(GridCells.rowClauses(s.rows(), "the sizes in the %s row are")) + ".";
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String describe(SizeGridState s) {
        return caption(s) + " Rows are listed from top to bottom, each from left to right; the question mark "
                + "stands where the missing circle would be.";
    }

    @Override
    public List<Fact> facts(SizeGridState s) {
        return GridCells.facts(s.rows());
    }

    @Override
    public Optional<SizeGridState> fromFacts(SizeGridState question, List<Fact> facts) {
        try {
            return Optional.of(new SizeGridState(GridCells.fromFacts(facts, SizeGridState.SIZE)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
