package org.puzzlelens.puzzles.pattern.colorhexagon;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.puzzlelens.puzzles.core.Describer;
import org.puzzlelens.puzzles.core.Fact;
import org.puzzlelens.puzzles.core.Facts;
import org.puzzlelens.puzzles.pattern.common.Hexagon;
import org.puzzlelens.puzzles.pattern.common.PatternAnswers;
import org.puzzlelens.puzzles.pattern.common.PatternColour;
import org.puzzlelens.puzzles.pattern.common.PyList;

/** The six parts by place, and one fact a part ({@code part 1 = red}, part 1 the top, then anti-clockwise). */
enum ColorHexagonDescriber implements Describer<ColorHexagonState> {
    INSTANCE;

    private static final String GUIDE = """
            State the colour of each of the six triangular parts, one fact per line. Part 1 is the top part; \
            count anti-clockwise (2 upper left, 3 lower left, 4 bottom, 5 lower right, 6 upper right):
            part <n> = <red, orange, yellow, green, blue or purple; ? for the grey part with the question mark>""";

    @Override
    public String guide() {
        return GUIDE;
    }

    @Override
    public String describe(ColorHexagonState s) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < Hexagon.PARTS; i++) {
            PatternColour c = s.colours().get(i);
            parts.add("the " + Hexagon.place(i) + " part is " + (c == null ? "grey with a question mark" : c.word()));
        }
        return "The image shows a hexagon split from its centre into six triangular parts. Going anti-clockwise "
                + "from the top: " + String.join("; ", parts) + ".";
    }

    @Override
    public List<Fact> facts(ColorHexagonState s) {
        return Hexagon.facts(s.colours(), "", PatternColour::word);
    }

    @Override
    public Optional<ColorHexagonState> fromFacts(ColorHexagonState question, List<Fact> facts) {
        return PatternAnswers.fromFacts(
                () -> Hexagon.fromFacts(Facts.asMap(facts), "", PatternColour::parse)
                        .map(ColorHexagonState::new),
                ColorHexagonSolver::solve);
    }

    private static final Pattern COLOURS = Pattern.compile("six parts with the colors (\\[[^]]*])");

    static ColorHexagonState fromCaption(String caption) {
        Matcher m = PatternAnswers.match(COLOURS, caption, "the colours of six parts");
        return PatternAnswers.fromCaption(
                () -> new ColorHexagonState(PyList.colours(m.group(1))),
                ColorHexagonSolver::solve,
                "matching opposite parts");
    }
}
