package org.puzzlelens.puzzles.pattern.colorgrid;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.Grid3;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The grid row by row, and one fact a circle ({@code r1c1 = red}). */
enum ColorGridDescriber implements Describer<ColorGridState> {
    INSTANCE;

    private static final String GUIDE = """
            State the colour of every circle, one fact per line, rows 1..3 from the top, columns 1..3 from the left:
            r<row>c<column> = <red, orange, yellow, green, blue or purple; ? where a question mark replaces the circle>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ColorGridState s) {
        StringBuilder out = new StringBuilder("The image shows nine places in a 3 x 3 grid, each a coloured circle "
                + "except one, where a question mark stands instead.");
        List<List<PatternColour>> rows = Grid3.rows(s.colours());
        for (int r = 0; r < Grid3.SIDE; r++) {
            out.append(" Row ")
                    .append(r + 1)
                    .append(" from the top: ")
                    .append(String.join(
                            ", ",
                            rows.get(r).stream()
                                    .map(c -> c == null ? "?" : c.word())
                                    .toList()))
                    .append('.');
        }
        return out.toString();
    }

    @Override
    public List<Fact> facts(ColorGridState s) {
        return Grid3.facts(s.colours(), "", PatternColour::word);
    }

    @Override
    public Optional<ColorGridState> fromFacts(ColorGridState question, List<Fact> facts) {
        return PatternAnswers.fromFacts(
                () -> Grid3.fromFacts(Facts.asMap(facts), "", PatternColour::parse)
                        .map(ColorGridState::new),
                ColorGridSolver::solve);
    }

    private static final Pattern ROWS = Pattern.compile("first row are (\\[[^]]*]), the colors in the second row are "
            + "(\\[[^]]*]),? and the colors in the third row are (\\[[^]]*])");

    static ColorGridState fromCaption(String caption) {
        var rows = PatternAnswers.groups(ROWS, caption, "three rows of colours", PyList::colours);
        return PatternAnswers.fromCaption(
                () -> new ColorGridState(Grid3.flat(rows)),
                ColorGridSolver::solve,
                "one colour for the corners and one for the circles next to the centre");
    }
}
