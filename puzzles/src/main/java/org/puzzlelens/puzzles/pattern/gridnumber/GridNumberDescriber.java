package org.puzzlelens.puzzles.pattern.gridnumber;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternDraw;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The grid row by row, and one fact a cell ({@code r1c1 = 7}). */
enum GridNumberDescriber implements Describer<GridNumberState> {
    INSTANCE;

    private static final String GUIDE = """
            State the number in every cell, one fact per line, rows 1..3 from the top, columns 1..3 from the left:
            r<row>c<column> = <the number, or ? for the cell with the question mark>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(GridNumberState s) {
        StringBuilder out = new StringBuilder("The image shows a 3 x 3 grid of light blue rounded squares, each "
                + "holding a number; one square holds a question mark instead.");
        List<List<Integer>> rows = Grid3.rows(s.cells());
        for (int r = 0; r < Grid3.SIDE; r++) {
            out.append(" Row ")
                    .append(r + 1)
                    .append(" from the top: ")
                    .append(String.join(
                            ", ", rows.get(r).stream().map(PatternDraw::text).toList()))
                    .append('.');
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(GridNumberState s) {
        return Grid3.facts(s.cells(), "", String::valueOf);
    }

    @Override
    public Optional<GridNumberState> fromFacts(GridNumberState question, List<Fact> facts) {
        return PatternAnswers.fromFacts(
                () -> Grid3.fromFacts(Facts.asMap(facts), "", Integer::valueOf).map(GridNumberState::new),
                GridNumberSolver::solve);
    }

    private static final Pattern ROWS = Pattern.compile(
            "first row is (\\[[^]]*])\\. The second row is (\\[[^]]*])\\. The third and last row is (\\[[^]]*])");

    static GridNumberState fromCaption(String caption) {
        List<List<Integer>> rows = PatternAnswers.groups(ROWS, caption, "three rows", PyList::numbers);
        return PatternAnswers.fromCaption(
                () -> new GridNumberState(Grid3.flat(rows)), GridNumberSolver::solve, "rows with a common sum");
    }
}
