package org.puzzlelens.puzzles.pattern.gridnumbercolor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;

/**
 * The grid row by row, and two facts a cell ({@code r1c1 number = 9}, {@code r1c1 colour = red});
 * the question-mark cell is {@code ?} for both, its number coming from the question.
 */
enum GridNumberColorDescriber implements Describer<GridNumberColorState> {
    INSTANCE;

    private static final String GUIDE = """
            For every cell, rows 1..3 from the top and columns 1..3 from the left, one fact per line:
            r<row>c<column> number = <the number written in the cell, or ? for the question-mark cell>
            r<row>c<column> colour = <red, orange, yellow, green, blue or purple; ? for the question-mark cell>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(GridNumberColorState s) {
        StringBuilder out = new StringBuilder("The image shows a 3 x 3 grid of coloured rounded squares, each "
                + "holding a number; one grey square holds a question mark instead of a number.");
        for (int r = 0; r < Grid3.SIDE; r++) {
            List<String> cells = new ArrayList<>();
            for (int i = r * Grid3.SIDE; i < (r + 1) * Grid3.SIDE; i++) {
                PatternColour c = s.colours().get(i);
                cells.add(c == null ? "?" : c.word() + " " + s.numbers().get(i));
            }
            out.append(" Row ")
                    .append(r + 1)
                    .append(" from the top: ")
                    .append(String.join(", ", cells))
                    .append('.');
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(GridNumberColorState s) {
        List<Integer> shown = new ArrayList<>(s.numbers());
        shown.set(s.gap(), null);
        List<Fact> out = new ArrayList<>(Grid3.facts(shown, " number", String::valueOf));
        out.addAll(Grid3.facts(s.colours(), " colour", PatternColour::word));
        return out;
    }

    @Override
    public Optional<GridNumberColorState> fromFacts(GridNumberColorState question, List<Fact> facts) {
        Map<String, String> map = Facts.asMap(facts);
        return PatternAnswers.fromFacts(
                () -> Grid3.fromFacts(map, " number", Integer::valueOf)
                        .flatMap(numbers -> Grid3.fromFacts(map, " colour", PatternColour::parse)
                                .map(colours -> {
                                    List<Integer> all = new ArrayList<>(numbers);
                                    all.set(question.gap(), question.askedNumber());
                                    return new GridNumberColorState(all, colours);
                                })),
                GridNumberColorSolver::solve);
    }
}
